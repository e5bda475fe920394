using VendorGrid.Domain.Drafting;

// ./vg draft contract.txt > draft.json — the same drafting the API's POST /api/contract-drafts runs.
// ./vg draft --paragraphs contract.txt shows how the text was cut into paragraphs, sentences and articles.
if (args is ["--paragraphs", var file])
{
    foreach (var p in ContractText.Parse(await File.ReadAllTextAsync(file)).Paragraphs)
        Console.Out.WriteLine($"{p.Index}\t[{p.Article}]\t{p.Whole.Start}-{p.Whole.End}\t{string.Join(" | ", p.Sentences.Select(s => p.Text[s]))}");
    return 0;
}
if (args is not [var path] || path is "-h" or "--help")
{
    Console.Error.WriteLine("usage: ./vg draft CONTRACT.txt   (plain UTF-8 text; '-' reads standard input)");
    return 2;
}
var text = path == "-" ? await Console.In.ReadToEndAsync() : await File.ReadAllTextAsync(path);
if (text.Length > ContractDrafter.MaxTextLength)
{
    Console.Error.WriteLine($"vg draft: the text has {text.Length} characters; at most {ContractDrafter.MaxTextLength} are drafted");
    return 1;
}
var draft = ContractDrafter.Draft(text);
if (ContractDrafter.NotAContract(draft) is { } reason)
{
    Console.Error.WriteLine($"vg draft: {path} {reason}");
    return 1;
}
Console.Out.Write(DraftJson.Serialize(draft));
Console.Out.WriteLine();
return 0;
