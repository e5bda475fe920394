# The font the statement PDFs are set in (fonts-wqy-microhei, Chinese glyphs; src/Gateway/Statements/CjkFont.cs).
# Sourced by tools/vg/up.sh: ./vg up installs it when root, as it does PostgreSQL; ./vg test gets it with Chromium's
# fonts (tools/vg/portal.sh). Without it everything runs and the PDF endpoint answers 503 pdf-font-missing.

CJK_FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc

ensure_cjk_font() {
  [[ -f "$CJK_FONT" || -n "${VG_PDF_FONT:-}" ]] && return 0
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    info "installing fonts-wqy-microhei for the statement PDFs (apt-get)..."
    { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 fonts-wqy-microhei; } >/dev/null 2>&1 ||
      info "apt-get install fonts-wqy-microhei failed: statement PDFs will answer 503 until a CJK font is installed"
  else
    info "no CJK font for the statement PDFs: sudo apt-get install fonts-wqy-microhei (or set VG_PDF_FONT to a .ttf/.ttc)"
  fi
  return 0
}
