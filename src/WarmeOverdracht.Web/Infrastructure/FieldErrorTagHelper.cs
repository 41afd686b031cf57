using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace WarmeOverdracht.Web.Infrastructure;

/// <summary>
/// Ties a field's validation message to the field, so a screen reader reads the error with it (WCAG 3.3.1):
/// the message gets the id <c>{field id}-error</c>; a field with an error gets <c>aria-invalid</c> and
/// <c>aria-describedby</c> pointing at that message, before any help text it already names.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
[HtmlTargetElement("span", Attributes = ValidationForAttribute)]
public sealed class FieldErrorTagHelper(IHtmlGenerator generator) : TagHelper
{
    private const string ForAttribute = "asp-for";
    private const string ValidationForAttribute = "asp-validation-for";

    /// <summary>Runs after the built-in tag helpers have written the field's id and type.</summary>
    public override int Order => 1000;

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName(ValidationForAttribute)]
    public ModelExpression? ValidationFor { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName((For ?? ValidationFor)!.Name);
        var errorId = TagBuilder.CreateSanitizedId(fullName, generator.IdAttributeDotReplacement) + "-error";

        if (ValidationFor is not null)
        {
            output.Attributes.SetAttribute("id", errorId);
            return;
        }

        if (HasError(fullName) && output.Attributes["type"]?.Value?.ToString() != "hidden")
        {
            var describedBy = output.Attributes["aria-describedby"]?.Value?.ToString();
            output.Attributes.SetAttribute("aria-describedby", $"{errorId} {describedBy}".Trim());
            output.Attributes.SetAttribute("aria-invalid", "true");
        }
    }

    private bool HasError(string fullName) =>
        ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) && entry.Errors.Count > 0;
}
