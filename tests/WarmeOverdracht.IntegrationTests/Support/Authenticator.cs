using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using WarmeOverdracht.Infrastructure.Identity;

namespace WarmeOverdracht.IntegrationTests.Support;

/// <summary>
/// The authenticator app of the tests: reads the account's TOTP key from the database, as the phone
/// got it from the QR code, and computes the current code with Otp.NET.
/// </summary>
public static class Authenticator
{
    public const string SetupPath = "/TwoFactor/Setup";
    public const string CodePath = "/Account/LoginWithCode";

    public static async Task<string> CurrentCodeAsync(TestApplication app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("No such user.");
        var key = await users.GetAuthenticatorKeyAsync(user)
            ?? throw new InvalidOperationException("The account has no authenticator key yet.");
        return new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
    }

    /// <summary>
    /// Completes a login that stopped at the code page or the enrolment page; returns the last response.
    /// <paramref name="landedOn"/> is the path the login ended on.
    /// </summary>
    public static async Task<HttpResponseMessage?> CompleteAsync(
        TestApplication app, HttpClient client, string email, string landedOn)
    {
        if (landedOn.StartsWith(CodePath, StringComparison.Ordinal))
        {
            return await PortalWorld.PostAsync(client, landedOn, CodePath,
                new() { ["Code"] = await CurrentCodeAsync(app, email) });
        }

        if (landedOn.StartsWith(SetupPath, StringComparison.Ordinal))
        {
            // The setup page creates the key, so it is opened before the code is computed.
            var page = await client.GetAsync(new Uri(SetupPath, UriKind.Relative));
            page.EnsureSuccessStatusCode();
            return await PortalWorld.PostAsync(client, SetupPath, SetupPath,
                new() { ["code"] = await CurrentCodeAsync(app, email) });
        }

        return null;
    }
}
