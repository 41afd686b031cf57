using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace WarmeOverdracht.Web.Infrastructure;

internal static class ValidationExtensions
{
    /// <summary>Validates the form and copies the errors (in Dutch) into ModelState; true when valid.</summary>
    public static async Task<bool> ValidateIntoAsync<T>(
        this IValidator<T> validator, T form, ModelStateDictionary modelState)
    {
        var result = await validator.ValidateAsync(form);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }

        return result.IsValid && modelState.IsValid;
    }
}
