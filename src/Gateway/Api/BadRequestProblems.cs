using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Gateway.Api;

/// <summary>
/// A body or parameter that could not be bound (malformed JSON, a string where a number goes, no body, the wrong
/// content type) is the caller's mistake, never a 500: JSON that does not fit is a 422 naming the JSON path at fault
/// (the project's rule for bad input), the rest keeps the status ASP.NET Core gives it (400, 413, 415), always as
/// problem+json. Binding failures are thrown in every environment (<see cref="RouteHandlerOptions.ThrowOnBadRequest"/>)
/// so they all come here.
/// </summary>
public sealed class BadRequestProblems : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var problem = bad.InnerException switch
        {
            JsonException json => Problems.Invalid(ContractJson.JsonPath(json.Path), ContractJson.Describe(json)),
            _ when bad.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal) || bad.Message.Contains("no body was provided")
                => Problems.Invalid("$", "a JSON body is required"),
            _ => TypedResults.Problem(statusCode: bad.StatusCode, title: ReasonPhrases.GetReasonPhrase(bad.StatusCode), detail: bad.Message),
        };
        http.Response.Clear();
        await problem.ExecuteAsync(http);
        return true;
    }
}

/// <summary>
/// Problem details as JSON even for a client whose Accept header asks for something else (application/xml): the
/// framework's writer then declines, and an error would go out as text/plain. Consulted only when it would decline.
/// </summary>
public sealed class JsonProblemDetailsWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) =>
        !context.HttpContext.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Value is "*/*" or "application/*" or "application/json" or "application/problem+json")
        && context.HttpContext.Request.Headers.Accept.Count > 0;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json"));
    }
}
