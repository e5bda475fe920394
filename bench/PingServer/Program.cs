// Bare Kestrel baseline for bench/run-gateway.sh: the cheapest possible authenticated-free GET.
var app = WebApplication.CreateSlimBuilder(args).Build();
app.MapGet("/ping", () => "pong");
app.Run();
