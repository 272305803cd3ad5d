namespace CeasefireMonitor.Api.Security;

/// <summary>Lets a request through only with the configured key in X-Api-Key; answers with problem details otherwise.</summary>
public sealed class ApiKeyFilter(ApiKey key) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!key.IsConfigured)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "No API key is configured",
                detail: "This endpoint needs an API key and the server has none: set Api:Key or the environment variable CEASEFIRE_API_KEY.");
        var presented = context.HttpContext.Request.Headers[ApiKey.Header];
        if (presented.Count != 1 || !key.Matches(presented[0]))
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or wrong API key",
                detail: $"Send the configured key in the {ApiKey.Header} header.");
        return await next(context);
    }
}

public static class ApiKeyEndpoints
{
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ApiKeyFilter>();

    /// <summary>Read endpoints need the key only when Api:ProtectReads is set.</summary>
    public static RouteGroupBuilder WithReadProtection(this RouteGroupBuilder group, ApiKey key) =>
        key.ProtectReads ? group.RequireApiKey() : group;
}
