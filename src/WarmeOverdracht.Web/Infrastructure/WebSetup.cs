using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.Razor;
using FluentValidation;
using Serilog;

namespace WarmeOverdracht.Web.Infrastructure;

internal static class WebSetup
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>MVC with feature folders: views live beside their controller in <c>Features/{Feature}</c>.</summary>
    public static IServiceCollection AddFeatureMvc(this IServiceCollection services)
    {
        services.AddControllersWithViews(options =>
        {
            var authenticated = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            options.Filters.Add(new AuthorizeFilter(authenticated));
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add<ConflictingSaveFilter>();

            // The validators say in Dutch what is required; MVC's implicit rule would say it in English.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            UseDutchBindingMessages(options.ModelBindingMessageProvider);
        })
        // Forms are validated on the server, in Dutch; no client validation script is loaded.
        .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false);
        services.Configure<RazorViewEngineOptions>(options =>
        {
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    private static void UseDutchBindingMessages(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueMustNotBeNullAccessor(_ => "Vul dit veld in.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Vul {field} in.");
        messages.SetMissingKeyOrValueAccessor(() => "Vul dit veld in.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg.");
        messages.SetAttemptedValueIsInvalidAccessor(
            (value, field) => $"'{value}' is geen geldige waarde voor {field}.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"'{value}' is geen geldige waarde.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"De waarde voor {field} is ongeldig.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Deze waarde is ongeldig.");
        messages.SetValueIsInvalidAccessor(value => $"'{value}' is geen geldige waarde.");
        messages.SetValueMustBeANumberAccessor(field => $"{field} moet een getal zijn.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Dit moet een getal zijn.");
    }

    public static WebApplication UseWebPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler("/Home/Error");
        app.UseStatusCodePagesWithReExecute("/Home/Status/{0}");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Dutch),
            SupportedCultures = [Dutch],
            SupportedUICultures = [Dutch],
        });
        app.UseSerilogRequestLogging(options =>
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
