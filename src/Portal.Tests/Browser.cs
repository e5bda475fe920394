using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Chromium;
using OpenQA.Selenium.Support.UI;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Portal.Tests;

/// <summary>
/// Debian's headless Chromium through its chromedriver, with a fresh profile each time and nothing that phones home,
/// so the tests need no network beyond the loopback gateway.
/// </summary>
public sealed class Browser : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string profile = Path.Combine(Path.GetTempPath(), $"vg-chromium-{Guid.NewGuid():N}");
    private readonly Uri baseAddress;

    public ChromeDriver Driver { get; }

    /// <summary>Where this browser saves downloads (a folder of its own, removed with it).</summary>
    public string Downloads => Path.Combine(profile + "-downloads");

    /// <summary>Waits for a finished download whose name ends with <paramref name="suffix"/> and returns its path.</summary>
    public string WaitForDownload(string suffix)
    {
        string? found = null;
        WaitFor(_ => (found = Directory.EnumerateFiles(Downloads).FirstOrDefault(f => f.EndsWith(suffix, StringComparison.Ordinal))) is not null);
        return found!;
    }

    /// <summary>Runs <paramref name="script"/> in every page before the page's own scripts (Chrome DevTools Protocol).</summary>
    public void BeforeEveryPage(string script) =>
        Driver.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object?> { ["source"] = script });

    public Browser(Uri baseAddress, int width = 1280, int height = 900)
    {
        this.baseAddress = baseAddress;
        var options = new ChromeOptions { BinaryLocation = Environment.GetEnvironmentVariable("VG_CHROMIUM") ?? "/usr/bin/chromium" };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            $"--user-data-dir={profile}", $"--window-size={width},{height}", "--lang=zh-CN");
        // Exports land in a folder of this browser's own, where a test reads them.
        Directory.CreateDirectory(Downloads);
        options.AddUserProfilePreference("download.default_directory", Downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        // Below 500 px a headless window is clamped; a phone is emulated instead (its viewport, touch, mobile UA).
        if (width < 500) options.EnableMobileEmulation(new ChromiumMobileEmulationDeviceSettings
            { Width = width, Height = height, PixelRatio = 2, EnableTouchEvents = true, UserAgent = "Mozilla/5.0 (Linux; Android 14) Mobile" });
        var driverPath = Environment.GetEnvironmentVariable("VG_CHROMEDRIVER") ?? "/usr/bin/chromedriver";
        if (!File.Exists(driverPath) || !File.Exists(options.BinaryLocation))
            throw new InvalidOperationException("Chromium is missing: `./vg test` installs it, or apt-get install chromium chromium-driver");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driverPath)!, Path.GetFileName(driverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(180)); // a shared 2-core CI machine can be slow
        Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        // Every document keeps the Content-Security-Policy violations it met (scripts added this way are exempt from it).
        Driver.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object?>
        {
            ["source"] = "window.__vgPolicyViolations = []; document.addEventListener('securitypolicyviolation'," +
                " e => window.__vgPolicyViolations.push(e.violatedDirective + ' ' + e.blockedURI));",
        });
    }

    /// <summary>What the current page's Content-Security-Policy refused so far ("directive blocked-uri" each).</summary>
    public string[] PolicyViolations() =>
        ((IEnumerable<object>?)Driver.ExecuteScript("return window.__vgPolicyViolations || [];") ?? []).Select(v => v.ToString()!).ToArray();

    public void Open(string path) => Driver.Navigate().GoToUrl(new Uri(baseAddress, path));

    public IWebElement Wait(By by) => new WebDriverWait(Driver, Patience).Until(d =>
        d.FindElements(by).FirstOrDefault(e => e.Displayed));

    public void WaitFor(Func<IWebDriver, bool> condition) => new WebDriverWait(Driver, Patience).Until(condition);

    /// <summary>
    /// Asserts that the element shows exactly <paramref name="expected"/>, waiting for it first: the element may already be
    /// on the page with the text of the render before (an answer from the server still on its way), and reading it at once
    /// made tests pass or fail by timing.
    /// </summary>
    public void ExpectText(By by, string expected)
    {
        string? shown = null;
        var wait = new WebDriverWait(Driver, Patience);
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
        try { wait.Until(d => (shown = d.FindElements(by).FirstOrDefault(e => e.Displayed)?.Text) == expected); }
        catch (WebDriverTimeoutException) { }
        Assert.Equal(expected, shown);
    }

    /// <summary>Chooses the option with this text in a select, as a person would.</summary>
    public void Choose(string id, string text) =>
        Wait(By.Id(id)).FindElement(By.XPath($"./option[normalize-space()='{text}']")).Click();

    public IWebElement Button(string text) => Wait(By.XPath($"//button[normalize-space()='{text}']"));

    /// <summary>
    /// Replaces an input's text as a person would: select all and delete, then type. Selenium's Clear() empties the DOM
    /// value without an input event, so a React re-render in between put the old value back and the keys were appended
    /// to it (CI once saw 24000 become 2400025000); the keystrokes here are heard by onChange, and the field is seen
    /// empty before typing.
    /// </summary>
    public void Type(string id, string text)
    {
        var input = Wait(By.Id(id));
        WaitFor(_ =>
        {
            input.SendKeys(Keys.Control + "a");
            input.SendKeys(Keys.Delete);
            return string.IsNullOrEmpty(input.GetAttribute("value"));
        });
        input.SendKeys(text);
    }

    /// <summary>
    /// Sets an input as a person would (date and month pickers have no portable keystrokes): the native value setter
    /// and an input event, which React's onChange hears.
    /// </summary>
    public void SetValue(By by, string value) => Driver.ExecuteScript(
        "const [el, v] = arguments; Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, v);" +
        "el.dispatchEvent(new Event('input', { bubbles: true }));", Wait(by), value);

    /// <summary>Scrolls the element into view first, so a screenshot shows it.</summary>
    public IWebElement Reveal(By by)
    {
        var element = Wait(by);
        Driver.ExecuteScript("arguments[0].scrollIntoView({ block: 'start' });", element);
        return element;
    }

    public void SignIn(string username, string password)
    {
        Open("/login");
        Type("username", username);
        Type("password", password);
        Button("登录").Click();
        WaitFor(d => d.FindElements(By.CssSelector("[data-testid=who]")).Count > 0);
    }

    public void SignOut()
    {
        Button("退出登录").Click();
        Wait(By.Id("username"));
    }

    /// <summary>A PNG of the page in artifacts/screenshots/ (gitignored), kept as a build artifact.</summary>
    public void Screenshot(string name)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        Driver.GetScreenshot().SaveAsFile(Path.Combine(folder, $"{name}.png"));
    }

    /// <summary>axe-core (the npm package the portal pins) run in the page; the serious and critical violations.</summary>
    public IReadOnlyList<string> SeriousAccessibilityViolations()
    {
        var axe = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "portal", "node_modules", "axe-core", "axe.min.js"));
        Driver.ExecuteScript(axe);
        var json = (string?)Driver.ExecuteAsyncScript(
            "const done = arguments[arguments.length - 1];" +
            "axe.run(document, { resultTypes: ['violations'] }).then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }])));");
        using var violations = JsonDocument.Parse(json ?? "[]");
        return violations.RootElement.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} ({string.Join(", ",
                v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetProperty("html").GetString()))})")
            .ToList();
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try { Directory.Delete(profile, recursive: true); } catch (IOException) { /* chromium may still hold a lock file */ }
        try { Directory.Delete(Downloads, recursive: true); } catch (IOException) { /* a download may still be closing */ }
    }
}
