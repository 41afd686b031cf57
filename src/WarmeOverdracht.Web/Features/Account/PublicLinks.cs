using Microsoft.Extensions.Options;

namespace WarmeOverdracht.Web.Features.Account;

/// <summary>
/// Makes the absolute links that go out in mails. They are built on <c>Accounts:PublicBaseUrl</c>, never on
/// the request's Host header: a forged header must not turn a reset link into one to another site.
/// Only in Development and Testing, without the setting, the request's own address is used.
/// </summary>
public sealed class PublicLinks(IOptions<AccountOptions> options, IHostEnvironment environment)
{
    public string For(HttpRequest request, string relativeUrl)
    {
        var configured = options.Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new Uri(new Uri(configured), relativeUrl).ToString();
        }

        if (!AllowsRequestHost(environment))
        {
            throw new InvalidOperationException("Accounts:PublicBaseUrl is not set.");
        }

        return $"{request.Scheme}://{request.Host}{relativeUrl}";
    }

    internal static bool AllowsRequestHost(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    internal static bool IsValidBaseUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.PathAndQuery == "/";
}
