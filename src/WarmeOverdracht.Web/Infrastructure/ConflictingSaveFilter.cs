using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace WarmeOverdracht.Web.Infrastructure;

/// <summary>
/// A form sent twice at once (a double click on a slow line, two secretaries saving together) makes the
/// second save collide with the first in the database. The first one counts; the second gets a Dutch
/// message on the page it came from instead of the error page. Nothing of the second save is kept.
/// </summary>
internal sealed class ConflictingSaveFilter(
    ITempDataDictionaryFactory tempDataFactory, ILogger<ConflictingSaveFilter> logger) : IExceptionFilter
{
    public const string Message = "Dit is niet opgeslagen: het werd tegelijk al opgeslagen of gewijzigd, "
        + "bijvoorbeeld door een dubbele klik. Controleer hieronder wat er nu staat.";

    public void OnException(ExceptionContext context)
    {
        var request = context.HttpContext.Request;
        if (context.Exception is not DbUpdateException || !HttpMethods.IsPost(request.Method))
        {
            return;
        }

        logger.LogWarning(context.Exception, "Conflicting save on {Path}; the user is sent back", request.Path);
        var tempData = tempDataFactory.GetTempData(context.HttpContext);
        tempData[StatusMessages.Key] = Message;
        tempData[StatusMessages.KindKey] = nameof(StatusKind.Warning);
        context.Result = new LocalRedirectResult(BackTo(request));
        context.ExceptionHandled = true;
    }

    /// <summary>The form's own page, when the browser names it and it is one of ours; else the start page.</summary>
    private static string BackTo(HttpRequest request)
    {
        var referer = request.Headers.Referer.ToString();
        if (Uri.TryCreate(referer, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && uri.AbsolutePath.StartsWith('/') && !uri.AbsolutePath.StartsWith("//", StringComparison.Ordinal))
        {
            return uri.PathAndQuery;
        }

        return "/";
    }
}
