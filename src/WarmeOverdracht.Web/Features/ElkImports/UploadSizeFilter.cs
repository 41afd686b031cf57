using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.ElkImports;

/// <summary>
/// Reads the upload form itself, before the anti-forgery check does, with the configured size limit: an
/// upload over the limit then gets the Dutch message on the upload page instead of a bare 400 or 413.
/// </summary>
public sealed class UploadSizeFilter(IOptions<ElkImportOptions> options, ITempDataDictionaryFactory tempData,
    ILogger<UploadSizeFilter> logger) : IAsyncAuthorizationFilter
{
    /// <summary>Room for the form fields and multipart boundaries around the file.</summary>
    private const long FormOverheadBytes = 64 * 1024;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var maxFileBytes = options.Value.MaxFileSizeBytes;
        var limit = maxFileBytes + FormOverheadBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (http.Request.ContentLength > limit)
        {
            Refuse(context, http.Request.ContentLength, maxFileBytes);
            return;
        }

        try
        {
            var formOptions = new FormOptions { MultipartBodyLengthLimit = limit };
            await http.Request.ReadFormAsync(formOptions, http.RequestAborted);
        }
        catch (Exception exception) when (exception is BadHttpRequestException or InvalidDataException)
        {
            Refuse(context, null, maxFileBytes);
        }
    }

    private void Refuse(AuthorizationFilterContext context, long? sizeBytes, long maxFileBytes)
    {
        logger.LogInformation("ELK upload request of {SizeBytes} bytes refused: over {MaxBytes} bytes",
            sizeBytes, maxFileBytes);
        var data = tempData.GetTempData(context.HttpContext);
        data[StatusMessages.Key] = ElkImportOptions.TooLargeMessage(sizeBytes, maxFileBytes);
        data[StatusMessages.KindKey] = nameof(StatusKind.Error);
        data.Save();
        context.Result = new RedirectToActionResult(nameof(ElkImportsController.Index), "ElkImports", null);
    }
}
