using System.Text.Json;

namespace VendorGrid.Gateway.Api;

/// <summary>
/// Where each item of a rendered JSON array starts and ends, and its key, so a page is cut out of bytes the
/// gateway already holds (a copy of a few kilobytes) instead of parsing and serializing the whole view per request.
/// Built once per rendering; immutable afterwards, so any number of requests share it.
/// </summary>
public sealed class JsonArrayPages
{
    private static readonly byte[] Open = "["u8.ToArray();

    private readonly byte[] json;
    private readonly int[] starts, ends;
    private readonly string[] keys;

    private JsonArrayPages(byte[] json, int[] starts, int[] ends, string[] keys) => (this.json, this.starts, this.ends, this.keys) = (json, starts, ends, keys);

    public int Count => keys.Length;

    public string KeyAt(int index) => keys[index];

    /// <summary>The item's own JSON, e.g. to filter on a member.</summary>
    public ReadOnlyMemory<byte> Item(int index) => json.AsMemory(starts[index], ends[index] - starts[index]);

    /// <summary>Indexes the top-level items of <paramref name="array"/>; <paramref name="key"/> names each one for cursors.</summary>
    public static JsonArrayPages Index(byte[] array, Func<JsonElement, string> key)
    {
        var (starts, ends, keys) = (new List<int>(), new List<int>(), new List<string>());
        var reader = new Utf8JsonReader(array);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) throw new InvalidOperationException("not a JSON array");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            using var item = JsonDocument.ParseValue(ref reader);  // leaves the reader on the item's last token
            starts.Add(start);
            ends.Add((int)reader.BytesConsumed);
            keys.Add(key(item.RootElement));
        }
        return new JsonArrayPages(array, [.. starts], [.. ends], [.. keys]);
    }

    /// <summary>
    /// Where the page after <paramref name="cursor"/> starts among <paramref name="selected"/> item indexes. A cursor
    /// is "{position}:{key}" of the last item served: the position answers at once while the list is unchanged;
    /// after a change the page continues after that key, or at its old position when the item is gone.
    /// Null when the cursor is not one this API wrote.
    /// </summary>
    public int? StartAfter(string? cursor, IReadOnlyList<int> selected) =>
        StartAfter(cursor, selected.Count == Count && ReferenceEquals(selected, all) ? keys : selected.Select(i => keys[i]).ToArray());

    /// <summary>The same for any list of keys in the order served.</summary>
    public static int? StartAfter(string? cursor, IReadOnlyList<string> keys)
    {
        if (cursor is null) return 0;
        var colon = cursor.IndexOf(':');
        if (colon < 1 || !int.TryParse(cursor.AsSpan(0, colon), System.Globalization.NumberStyles.None, null, out var position)) return null;
        var key = cursor[(colon + 1)..];
        if (position < keys.Count && keys[position] == key) return position + 1;
        for (var i = 0; i < keys.Count; i++)
            if (keys[i] == key) return i + 1;
        return Math.Min(position + 1, keys.Count);
    }

    public static string CursorAt(int position, string key) => $"{position}:{key}";

    /// <summary>The JSON array of <paramref name="count"/> selected items from <paramref name="from"/>.</summary>
    public byte[] Page(IReadOnlyList<int> selected, int from, int count)
    {
        var length = 2 + Math.Max(0, count - 1);
        for (var i = from; i < from + count; i++) length += ends[selected[i]] - starts[selected[i]];
        var page = new byte[length];
        Open.CopyTo(page, 0);
        var at = 1;
        for (var i = from; i < from + count; i++)
        {
            if (i > from) page[at++] = (byte)',';
            var item = selected[i];
            json.AsSpan(starts[item], ends[item] - starts[item]).CopyTo(page.AsSpan(at));
            at += ends[item] - starts[item];
        }
        page[at] = (byte)']';
        return page;
    }

    /// <summary>Every item, in order: the selection of an unfiltered list.</summary>
    public IReadOnlyList<int> All => all ??= Enumerable.Range(0, Count).ToArray();
    private int[]? all;
}
