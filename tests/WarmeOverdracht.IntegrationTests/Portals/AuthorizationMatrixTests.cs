using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Portals;

[Trait("Category", "Integration")]
public sealed class AuthorizationMatrixTests(PortalApplication app) : IClassFixture<PortalApplication>
{
    public static TheoryData<string> Keys() => new(AuthorizationMatrix.Entries.Select(e => e.Key));

    public static TheoryData<string> ScopedKeys() =>
        new(AuthorizationMatrix.Entries.Where(e => e.Scoped).Select(e => e.Key));

    public static TheoryData<string, string> RoleKeys()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in AuthorizationMatrix.Entries.Where(e => e.Access != Access.Public))
        {
            foreach (var role in Roles.All)
            {
                data.Add(entry.Key, role);
            }
        }

        return data;
    }

    [Fact]
    public void Every_controller_action_has_exactly_one_matrix_entry()
    {
        var actions = ControllerActions().Order().ToList();
        var entries = AuthorizationMatrix.Entries.Select(e => e.Key).Order().ToList();

        Assert.Equal(actions, entries);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task An_anonymous_visitor_reaches_only_public_actions(string key)
    {
        var entry = Entry(key);
        var client = app.CreateAnonymousClient();

        var response = await SendAsync(client, entry, own: true, tokenPage: "/Account/Login");

        if (entry.Access == Access.Public)
        {
            Assert.True((int)response.StatusCode < 500, $"{key} failed with {response.StatusCode}.");
            Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", PortalWorld.RedirectPath(response), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RoleKeys))]
    public async Task Each_role_reaches_only_its_own_actions(string key, string role)
    {
        var entry = Entry(key);
        var client = app.ClientFor(role);

        var response = await SendAsync(client, entry, own: true, tokenPage: "/");

        if (!Allowed(role, entry.Access))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", PortalWorld.RedirectPath(response),
                StringComparison.Ordinal);
            return;
        }

        await AssertAllowedAsync(entry, role, response);
    }

    [Theory]
    [MemberData(nameof(ScopedKeys))]
    public async Task Another_schools_id_in_the_url_or_form_gives_not_found(string key)
    {
        var entry = Entry(key);
        var role = entry.Access == Access.Primary ? Roles.PrimaryStaff : Roles.SecondaryStaff;

        var response = await SendAsync(app.ClientFor(role), entry, own: false, tokenPage: "/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(PortalWorld.OtherPupilName, await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
    }

    private async Task AssertAllowedAsync(MatrixEntry entry, string role, HttpResponseMessage response)
    {
        var location = PortalWorld.RedirectPath(response);
        Assert.DoesNotContain("/Account/", location, StringComparison.Ordinal);
        Assert.True((int)response.StatusCode < 500, $"{entry.Key} failed with {response.StatusCode}.");
        if (role == Roles.Secretariat)
        {
            return;
        }

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect,
            $"{entry.Key} gave {response.StatusCode} for the own school.");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(PortalWorld.OtherPupilName, body, StringComparison.Ordinal);
        Assert.DoesNotContain(PortalWorld.OtherSchoolName, body, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, MatrixEntry entry, bool own, string tokenPage)
    {
        var path = entry.Path(app.World, own);
        if (entry.Verb is "GET" or "ANY")
        {
            return await client.GetAsync(new Uri(path, UriKind.Relative));
        }

        var fields = entry.Fields?.Invoke(app.World, own) ?? [];
        return await PortalWorld.PostAsync(client, tokenPage, path, fields);
    }

    private static bool Allowed(string role, Access access) => access switch
    {
        Access.AnyUser or Access.Public => true,
        Access.Secretariat => role == Roles.Secretariat,
        Access.Primary => role == Roles.PrimaryStaff,
        Access.Secondary => role == Roles.SecondaryStaff,
        Access.AnyPortal => role != Roles.Secretariat,
        _ => false,
    };

    private static MatrixEntry Entry(string key) => AuthorizationMatrix.Entries.Single(e => e.Key == key);

    private static IEnumerable<string> ControllerActions() =>
        from type in typeof(Program).Assembly.GetTypes()
        where typeof(Controller).IsAssignableFrom(type) && !type.IsAbstract
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        where !method.IsSpecialName && method.GetCustomAttribute<NonActionAttribute>() is null
        let name = method.GetCustomAttribute<ActionNameAttribute>()?.Name ?? method.Name
        select $"{type.Name[..^"Controller".Length]}.{name}.{Verb(method)}";

    private static string Verb(MethodInfo method) =>
        method.GetCustomAttributes<HttpMethodAttribute>().SelectMany(a => a.HttpMethods).SingleOrDefault() ?? "ANY";
}
