using Microsoft.AspNetCore.Mvc.Testing;
using WarmeOverdracht.Infrastructure.Identity;

namespace WarmeOverdracht.IntegrationTests.Support;

/// <summary>The application with <see cref="PortalWorld"/> seeded and a logged-in client per role.</summary>
public sealed class PortalApplication : IAsyncLifetime, IDisposable
{
    private readonly Dictionary<string, HttpClient> clients = [];

    public TestApplication App { get; } = new();

    public PortalWorld World { get; private set; } = null!;

    public HttpClient ClientFor(string role) => clients[role];

    public HttpClient CreateAnonymousClient() =>
        App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task InitializeAsync()
    {
        World = await PortalWorld.SeedAsync(App);
        clients[Roles.Secretariat] = await PortalWorld.LogInAsync(
            App, TestApplication.AdminEmail, TestApplication.AdminPassword);
        clients[Roles.PrimaryStaff] = await PortalWorld.LogInAsync(App, PortalWorld.PrimaryEmail, PortalWorld.Password);
        clients[Roles.SecondaryStaff] = await PortalWorld.LogInAsync(
            App, PortalWorld.SecondaryEmail, PortalWorld.Password);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        App.Dispose();
    }
}
