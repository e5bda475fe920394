using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// Priced lines from the contract's tables: a header row naming 金额 (and perhaps 人数, 时间(月), 单价, 项目明细), then
/// rows whose last cell is an amount. A row that only names a section with its subtotal ((一) 系统运行维护 … 120000)
/// becomes the group of the lines under it; 小计/合计/总计/共计 rows are skipped. people × months × unit price is kept
/// only when it equals the amount, as the format requires.
/// </summary>
internal static partial class LineItemReader
{
    [GeneratedRegex(@"小计|合计|总计|共计|总 计|小 计")]
    private static partial Regex Subtotal();

    [GeneratedRegex(@"^(?:\d+[、.](?!\d)|\d+(?:\.\d+)*|[(（][一二三四五六七八九十]+[)）]|\d+\)|[一二三四五六七八九十]+、)\s*")]
    private static partial Regex Numbering();

    private sealed record Columns(int Name, int Detail, int People, int Months, int UnitPrice, int Amount);

    public static ImmutableArray<LineItem> Read(DraftContext context, DraftDefinition draft)
    {
        var items = ImmutableArray.CreateBuilder<LineItem>();
        Columns? columns = null;
        string? title = null, group = null, project = null;
        foreach (var p in context.Text.Paragraphs)
        {
            if (!p.IsTableRow)
            {
                if (Regex.IsMatch(p.Text, "明细$|运维费明细|系统$") && p.Text.Length < 40) (title, group) = (Numbering().Replace(p.Text, "").Replace("运维费明细", "").Replace("明细", ""), null);
                else if (p.Text.Length > 60) columns = null;
                continue;
            }
            var cells = p.Cells().Select(c => p.Text[c].Trim()).ToArray();
            if (Header(cells) is { } header) { columns = header; continue; }
            if (columns is null || cells.Length <= columns.Amount || Subtotal().IsMatch(string.Concat(cells))) continue;
            if (!decimal.TryParse(cells[columns.Amount].Replace(",", "").TrimStart('¥'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                if (Name(cells, columns) is { Length: > 0 } sub) project = sub;
                continue;
            }
            var name = Name(cells, columns);
            if (name is null or { Length: 0 }) continue;
            if (Regex.IsMatch(cells[0], "^[(（][一二三四五六七八九十]+[)）]$")) { group = name; continue; }
            if (columns.Detail >= 0 && columns.Name >= 0 && cells[columns.Name] is { Length: > 0 } projectCell && !Regex.IsMatch(projectCell, @"^\d+$")) project = Numbering().Replace(projectCell, "");
            var item = new LineItem
            {
                Id = $"item-{items.Count + 1}", Name = name, Amount = amount,
                Group = string.Join(" / ", new[] { title, group ?? (columns.Detail >= 0 ? project : null) }.Where(g => !string.IsNullOrEmpty(g) && g != name)) is { Length: > 0 } g ? g : null,
            };
            if (Number(cells, columns.People) is { } people && Number(cells, columns.Months) is { } months && Number(cells, columns.UnitPrice) is { } price && people * months * price == amount)
                item = item with { People = people, Months = months, UnitPrice = price };
            items.Add(item);
        }
        if (items.Count > 0 && draft.Total is { } total && items.Sum(i => i.Amount) != total)
            context.Warn("lineItems", $"the line items add up to {Money.Cny.Format(items.Sum(i => i.Amount))}, not the total {Money.Cny.Format(total)}");
        return items.ToImmutable();
    }

    private static Columns? Header(string[] cells)
    {
        int Find(string pattern) => Array.FindIndex(cells, c => Regex.IsMatch(c, pattern));
        var amount = Find("^金额");
        if (amount < 0) return null;
        return new Columns(Find("^项目$|^项目名称|^服务内容|^名称|^内容"), Find("明细|描述"), Find("^人数"), Find("^时间|^月数"), Find("^单价"), amount);
    }

    private static string? Name(string[] cells, Columns columns)
    {
        var index = columns.Detail >= 0 && cells.Length > columns.Detail && cells[columns.Detail].Length > 0 ? columns.Detail : columns.Name;
        return index < 0 || index >= cells.Length ? null : Numbering().Replace(cells[index], "").Trim();
    }

    private static decimal? Number(string[] cells, int index) =>
        index >= 0 && index < cells.Length && decimal.TryParse(cells[index], NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
}
