using System.Net;
using System.Text.RegularExpressions;

namespace WarmeOverdracht.IntegrationTests.Support;

/// <summary>An HTTP client that behaves like a user with a browser: cookies, anti-forgery tokens, forms.</summary>
public sealed partial class BrowserlessUser(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static async Task<BrowserlessUser> LogInAsync(TestApplication app, string email, string password)
    {
        var user = new BrowserlessUser(app.CreateClient(new() { AllowAutoRedirect = true, HandleCookies = true }));
        var response = await user.PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Email"] = email, ["Password"] = password });
        var landedOn = response.RequestMessage!.RequestUri!.PathAndQuery;
        response = await Authenticator.CompleteAsync(app, user.Client, email, landedOn) ?? response;
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && html.Contains("Uitloggen", StringComparison.Ordinal),
            "Logging in failed.");
        return user;
    }

    public static Task<BrowserlessUser> LogInAsSecretariatAsync(TestApplication app) =>
        LogInAsync(app, TestApplication.AdminEmail, TestApplication.AdminPassword);

    public async Task<string> GetHtmlAsync(string path)
    {
        var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// Opens <paramref name="formPage"/>, takes its anti-forgery token and posts the fields to
    /// <paramref name="action"/>.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(
        string formPage, string action, Dictionary<string, string> fields)
    {
        var token = await TokenAsync(formPage);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await Client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public async Task<HttpResponseMessage> UploadAsync(string formPage, string action, string fileName, byte[] file)
    {
        var token = await TokenAsync(formPage);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", fileName },
        };
        return await Client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    private async Task<string> TokenAsync(string formPage)
    {
        var html = await GetHtmlAsync(formPage);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"No anti-forgery token on {formPage}.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
