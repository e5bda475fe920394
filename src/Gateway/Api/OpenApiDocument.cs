using Microsoft.OpenApi;

namespace VendorGrid.Gateway.Api;

/// <summary>
/// The OpenAPI document at /openapi/v1.json: every operation requires a bearer JWT (the reference page then offers
/// a token field), and POSTs list the Idempotency-Key header they honour.
/// </summary>
public static class OpenApiDocument
{
    public static IServiceCollection AddVendorGridOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
                Description = "ES256 token with role and institution or vendor claims (`./vg token`).",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.HttpMethod == HttpMethods.Post)
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = IdempotencyKeys.Header, In = ParameterLocation.Header, Required = false,
                    Description = "Retrying with the same key returns the first response; another body under the same key is a 422.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
                });
            }
            return Task.CompletedTask;
        });
    });
}
