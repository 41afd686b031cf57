using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.ElkImports;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Features.SchoolYears;

namespace WarmeOverdracht.Web.Features.Home;

public sealed class HomeController(
    WarmeOverdrachtDbContext db, CurrentSchoolYear currentYear, ILogger<HomeController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        if (!User.IsInRole(Roles.Secretariat))
        {
            return View("Welcome");
        }

        var year = await currentYear.GetAsync(HttpContext.RequestAborted);
        var pupils = db.Pupils.Where(p => p.SchoolYearId == year.Id);
        var model = new DashboardModel(
            year,
            await db.Schools.CountAsync(s => s.Sector == SchoolSector.Primary),
            await db.Schools.CountAsync(s => s.Sector == SchoolSector.Secondary),
            await pupils.CountAsync(),
            await pupils.CountAsync(p => p.Requests.Any()),
            await db.ElkImports.Where(i => i.SchoolYearId == year.Id && i.Status == ElkImportStatus.Confirmed)
                .OrderByDescending(i => i.Id).FirstOrDefaultAsync(),
            await db.Schedules.Where(s => s.SchoolYearId == year.Id).OrderByDescending(s => s.Version)
                .FirstOrDefaultAsync());
        return View(model);
    }

    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    public IActionResult Error()
    {
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (feature is not null)
        {
            logger.LogError(feature.Error, "Unhandled exception on {Path}", feature.Path);
        }

        return View();
    }

    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    public IActionResult Status(int id)
    {
        Response.StatusCode = id is >= 400 and < 600 ? id : 400;
        return View(id);
    }
}
