using System.Text.RegularExpressions;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Parties;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// 甲方 and 乙方: the name after the first label (甲方：…, (甲方)：…, 合同单位（甲方）：…), and from the paragraphs that
/// follow a label (or a 甲方/乙方 heading such as 乙方信息) the 统一社会信用代码 or 纳税人识别号 with a valid check
/// character, the address (住所地/注册地 before 通讯地址) and contacts (联系人, 联系电话, Email). A contact table
/// (单位名称 | 地址 | 电话 | 电子邮件) fills in what the header lacks.
/// </summary>
internal static partial class PartyReader
{
    [GeneratedRegex(@"^(?:合同单位)?[(（]?(?<who>[甲乙])方[)）]?(?:单位)?(?:[(（](?:章|盖章|签章)[)）])?:(?<name>[^\t:]*)")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?<who>[甲乙])方(?:发票|开票|收款|指定|联系)?(?:账户)?(?:信息|账户)|^\d+(?:\.\d+)*(?<who>[甲乙])方信息")]
    private static partial Regex Heading();

    [GeneratedRegex(@"(?:统一社会信用代码|社会信用代码|纳税人识别号|税务登记证号|税号)(?:\(\w+\))?:?(?<code>[0-9A-Za-z]{18})(?![0-9A-Za-z])")]
    private static partial Regex Code();

    [GeneratedRegex(@"^(?<label>住所地|住所|注册地址|注册地|通讯地址|联系地址|地址)(?:\(通讯地址\))?:(?<value>.{4,})")]
    private static partial Regex Address();

    [GeneratedRegex(@"^(?:(?<who>[甲乙])方)?联系人:(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,5})")]
    private static partial Regex ContactName();

    [GeneratedRegex(@"(?:联系电话|电话|手机)[:]?(?<phone>[\d\-()]{7,20})")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<email>[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})")]
    private static partial Regex Email();

    [GeneratedRegex(@"^(?:[甲乙]方)?(?:联系人|联系电话|电话|手机|Email|E-mail|邮箱|电子邮件)", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLine();

    private sealed class Builder
    {
        public string? Name, Code, Address;
        public int AddressRank = int.MaxValue;
        public readonly List<(string Name, string? Phone, string? Email)> Contacts = [];

        public DraftParty ToParty() => new()
        {
            Id = Code, Name = Name, Address = Address,
            Contacts = [.. Contacts.Select(c => new Contact { Role = "contact", Name = c.Name, Phone = c.Phone, Email = c.Email })],
        };
    }

    public static (DraftParty? Institution, DraftParty? Vendor) Read(DraftContext context)
    {
        var parties = new Dictionary<char, Builder> { ['甲'] = new(), ['乙'] = new() };
        Builder? current = null;
        foreach (var p in context.Text.Paragraphs)
        {
            var text = p.Text;
            Match m;
            if ((m = Label().Match(text)).Success)
            {
                current = parties[m.Groups["who"].Value[0]];
                if (current.Name is null && CleanName(m.Groups["name"].Value) is { } name) current.Name = name;
            }
            else if ((m = Heading().Match(text)).Success && text.Length < 30) current = parties[m.Groups["who"].Value[0]];
            if (p.IsTableRow) { ReadTableRow(p, parties); continue; }
            if (current is null) continue;
            ReadDetails(context, p, current, parties);
        }
        foreach (var (who, path) in new[] { ('甲', "institution"), ('乙', "vendor") })
        {
            var b = parties[who];
            if (b.Name is null) context.Warn($"{path}.name", $"no {who}方 found: enter the party");
            if (b.Code is null)
                context.Warn($"{path}.id", $"no 统一社会信用代码 printed for {who}方: enter its code, or a slug for a party without one");
        }
        return (parties['甲'].Name is null ? null : parties['甲'].ToParty(), parties['乙'].Name is null ? null : parties['乙'].ToParty());
    }

    private static void ReadDetails(DraftContext context, Paragraph p, Builder current, Dictionary<char, Builder> parties)
    {
        var text = p.Text;
        Match m;
        if ((m = Code().Match(text)).Success)
        {
            var code = m.Groups["code"].Value.ToUpperInvariant();
            if (!UnifiedSocialCreditCode.IsValid(code))
                context.Warn(current == parties['甲'] ? "institution.id" : "vendor.id",
                    $"{code} is printed as a 统一社会信用代码 but its check character does not match; not used", p.Source(m.Index, m.Index + m.Length));
            else if (current.Code is null) current.Code = code;
            else if (current.Code != code)
                context.Warn(current == parties['甲'] ? "institution.id" : "vendor.id", $"another code {code} is printed for the same party", p.Source(m.Index, m.Index + m.Length));
        }
        if ((m = Address().Match(text)).Success)
        {
            var rank = m.Groups["label"].Value switch { "住所地" or "住所" or "注册地址" or "注册地" => 0, "地址" => 1, _ => 2 };
            if (rank < current.AddressRank) (current.Address, current.AddressRank) = (m.Groups["value"].Value.Trim('\t'), rank);
        }
        if ((m = ContactName().Match(text)).Success)
        {
            var who = m.Groups["who"].Success ? parties[m.Groups["who"].Value[0]] : current;
            var name = m.Groups["name"].Value;
            if (!who.Contacts.Any(c => c.Name == name)) who.Contacts.Add((name, null, null));
            current = who;
        }
        if (current.Contacts.Count == 0 || !ContactLine().IsMatch(text)) return;
        var last = current.Contacts[^1];
        if (Phone().Match(text) is { Success: true } phone && last.Phone is null) current.Contacts[^1] = last with { Phone = phone.Groups["phone"].Value };
        last = current.Contacts[^1];
        if (Email().Match(text) is { Success: true } email && last.Email is null) current.Contacts[^1] = last with { Email = email.Groups["email"].Value };
    }

    /// <summary>A contact table row (单位名称 | 地址 | … ) whose name resembles a party's: its address when the header gave none.</summary>
    private static void ReadTableRow(Paragraph p, Dictionary<char, Builder> parties)
    {
        var cells = p.Cells().Select(c => p.Text[c]).ToArray();
        if (cells.Length < 3) return;
        foreach (var b in parties.Values)
        {
            if (b.Name is null || Similarity(cells[0], b.Name) < 0.7) continue;
            if (b.Address is null && cells[1].Length >= 6 && cells[1].Contains('市')) (b.Address, b.AddressRank) = (cells[1], 1);
            var email = cells.Select(c => Email().Match(c)).FirstOrDefault(m => m.Success)?.Value;
            var phone = cells.Skip(2).FirstOrDefault(c => Regex.IsMatch(c, @"^[\d\-]{7,20}$"));
            if (b.Contacts.Count > 0 && b.Contacts[0] is var first && (first.Phone ?? first.Email) is null)
                b.Contacts[0] = first with { Phone = phone, Email = email };
        }
    }

    private static double Similarity(string a, string b) =>
        a.Length == 0 || b.Length == 0 ? 0 : (double)a.Intersect(b).Count() / b.Distinct().Count();

    private static string? CleanName(string raw)
    {
        var name = raw;
        foreach (var stop in new[] { "(以下", "（以下", "乙方", "甲方", "(签章)", "(盖章)", "(公章)", "(章)" })
            if (name.IndexOf(stop, StringComparison.Ordinal) is > 0 and var at) name = name[..at];
        name = name.Trim('\t', ' ', ',', '，', '。');
        return name.Length is >= 4 and <= 60 && !name.StartsWith('(') ? name : null;
    }
}
