using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace WarmeOverdracht.Web.Infrastructure;

/// <summary>The one way user-facing outcomes reach the next page: a Dutch message in TempData.</summary>
internal static class StatusMessages
{
    public const string Key = "StatusMessage";
    public const string KindKey = "StatusKind";

    public static void SetStatusMessage(
        this Controller controller, string message, StatusKind kind = StatusKind.Success)
    {
        controller.TempData[Key] = message;
        controller.TempData[KindKey] = kind.ToString();
    }

    public static (string Message, string CssClass)? Take(ITempDataDictionary tempData)
    {
        if (tempData[Key] is not string message)
        {
            return null;
        }

        var kind = Enum.TryParse<StatusKind>(tempData[KindKey] as string, out var parsed) ? parsed : StatusKind.Success;
        return (message, kind switch
        {
            StatusKind.Warning => "alert-warning",
            StatusKind.Error => "alert-danger",
            _ => "alert-success",
        });
    }
}

internal enum StatusKind
{
    Success,
    Warning,
    Error,
}
