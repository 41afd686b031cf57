using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Portals;

/// <summary>Who may reach an action.</summary>
public enum Access
{
    Public,
    AnyUser,
    Secretariat,
    Primary,
    Secondary,
    AnyPortal,
}

/// <summary>
/// One controller action: its verb, who may use it, and how to reach it for the user's own school
/// (<c>own = true</c>) or for another school (<c>own = false</c>). <see cref="Scoped"/> actions take an
/// id of school-owned data and must answer 404 for another school's id.
/// </summary>
public sealed record MatrixEntry(
    string Controller,
    string Action,
    string Verb,
    Access Access,
    Func<PortalWorld, bool, string> Path,
    Func<PortalWorld, bool, Dictionary<string, string>>? Fields = null,
    bool Scoped = false)
{
    public string Key => $"{Controller}.{Action}.{Verb}";

    public override string ToString() => Key;
}

/// <summary>The matrix: every controller action in the application has exactly one entry.</summary>
public static class AuthorizationMatrix
{
    private static Func<PortalWorld, bool, string> Fixed(string path) => (_, _) => path;

    private static Func<PortalWorld, bool, Dictionary<string, string>> Form(params (string, string)[] fields) =>
        (_, _) => fields.ToDictionary(f => f.Item1, f => f.Item2);

    private static SchoolData Pick(PortalWorld world, bool own) => own ? world.Own : world.Other;

    public static readonly IReadOnlyList<MatrixEntry> Entries =
    [
        new("Account", "Login", "GET", Access.Public, Fixed("/Account/Login")),
        new("Account", "Login", "POST", Access.Public, Fixed("/Account/Login"), Form(("Email", ""))),
        new("Account", "LoginWithCode", "GET", Access.Public, Fixed("/Account/LoginWithCode")),
        new("Account", "LoginWithCode", "POST", Access.Public, Fixed("/Account/LoginWithCode"), Form(("Code", "1"))),
        new("TwoFactor", "Setup", "GET", Access.AnyUser, Fixed("/TwoFactor/Setup")),
        new("TwoFactor", "Setup", "POST", Access.AnyUser, Fixed("/TwoFactor/Setup"), Form(("code", "000000"))),
        new("Account", "Logout", "POST", Access.Public, Fixed("/Account/Logout")),
        new("Account", "AccessDenied", "GET", Access.Public, Fixed("/Account/AccessDenied")),
        new("Password", "Accept", "GET", Access.Public, Fixed("/Password/Accept?userId=x&token=y")),
        new("Password", "Reset", "GET", Access.Public, Fixed("/Password/Reset?userId=x&token=y")),
        new("Password", "Choose", "POST", Access.Public, Fixed("/Password/Choose"),
            Form(("UserId", "x"), ("Token", "y"), ("Password", "Iets-Anders-123"), ("ConfirmPassword", "z"))),
        new("Password", "Forgot", "GET", Access.Public, Fixed("/Password/Forgot")),
        new("Password", "Forgot", "POST", Access.Public, Fixed("/Password/Forgot"),
            Form(("Email", "niemand@school.example"))),
        new("Home", "Index", "GET", Access.AnyUser, Fixed("/")),
        new("Home", "Error", "ANY", Access.Public, Fixed("/Home/Error")),
        new("Home", "Status", "ANY", Access.Public, Fixed("/Home/Status/404")),

        new("Accounts", "Index", "GET", Access.Secretariat, Fixed("/Accounts")),
        new("Accounts", "Invite", "GET", Access.Secretariat, Fixed("/Accounts/Invite")),
        new("Accounts", "Invite", "POST", Access.Secretariat, Fixed("/Accounts/Invite")),
        new("Accounts", "Resend", "POST", Access.Secretariat, Fixed("/Accounts/Resend/onbekend")),
        new("Accounts", "Disable", "POST", Access.Secretariat, Fixed("/Accounts/Disable/onbekend")),
        new("Accounts", "Enable", "POST", Access.Secretariat, Fixed("/Accounts/Enable/onbekend")),
        new("Accounts", "ResetTwoFactor", "POST", Access.Secretariat, Fixed("/Accounts/ResetTwoFactor/onbekend")),
        new("Audit", "Index", "GET", Access.Secretariat, Fixed("/Audit")),
        new("Readiness", "Index", "GET", Access.Secretariat, Fixed("/Readiness")),
        new("ElkImports", "Index", "GET", Access.Secretariat, Fixed("/ElkImports")),
        new("ElkImports", "Upload", "POST", Access.Secretariat, Fixed("/ElkImports/Upload")),
        new("ElkImports", "Preview", "GET", Access.Secretariat, Fixed("/ElkImports/Preview/999")),
        new("ElkImports", "Confirm", "POST", Access.Secretariat, Fixed("/ElkImports/Confirm/999")),
        new("ElkImports", "Discard", "POST", Access.Secretariat, Fixed("/ElkImports/Discard/999")),
        new("ElkImports", "Sheet", "POST", Access.Secretariat, Fixed("/ElkImports/Sheet/999")),
        new("ElkImports", "Mapping", "GET", Access.Secretariat, Fixed("/ElkImports/Mapping/999")),
        new("ElkImports", "Mapping", "POST", Access.Secretariat, Fixed("/ElkImports/Mapping/999")),
        new("ElkImports", "Report", "GET", Access.Secretariat, Fixed("/ElkImports/Report/999")),
        new("Outbox", "Index", "GET", Access.Secretariat, Fixed("/Outbox")),
        new("Outbox", "Details", "GET", Access.Secretariat, Fixed("/Outbox/Details/999")),
        new("Outbox", "Resend", "POST", Access.Secretariat, Fixed("/Outbox/Resend/999")),
        new("Schedules", "Index", "GET", Access.Secretariat, Fixed("/Schedules")),
        new("Schedules", "Create", "POST", Access.Secretariat, Fixed("/Schedules/Create")),
        new("Schedules", "Details", "GET", Access.Secretariat, Fixed("/Schedules/Details/999")),
        new("Schedules", "School", "GET", Access.Secretariat, Fixed("/Schedules/School/999?schoolId=1")),
        new("Schedules", "Excluded", "GET", Access.Secretariat, Fixed("/Schedules/Excluded/999")),
        new("Schedules", "Print", "GET", Access.Secretariat, Fixed("/Schedules/Print/999")),
        new("BlockMoves", "Index", "GET", Access.Secretariat, Fixed("/BlockMoves/Index/999?schoolId=1")),
        new("BlockMoves", "Index", "POST", Access.Secretariat, Fixed("/BlockMoves/Index/999?schoolId=1")),
        new("Schedules", "Publish", "GET", Access.Secretariat, Fixed("/Schedules/Publish/999")),
        new("Schedules", "Publish", "POST", Access.Secretariat, Fixed("/Schedules/Publish/999")),
        new("SchoolYears", "Edit", "GET", Access.Secretariat, Fixed("/SchoolYears/Edit")),
        new("SchoolYears", "Edit", "POST", Access.Secretariat, Fixed("/SchoolYears/Edit")),
        new("Schools", "Index", "GET", Access.Secretariat, Fixed("/Schools")),
        new("Schools", "Edit", "GET", Access.Secretariat, (w, _) => $"/Schools/Edit/{w.Own.PrimarySchoolId}"),
        new("Schools", "Edit", "POST", Access.Secretariat, (w, _) => $"/Schools/Edit/{w.Own.PrimarySchoolId}"),

        new("PhoneLines", "Index", "GET", Access.Primary, Fixed("/PhoneLines")),
        new("PhoneLines", "Create", "GET", Access.Primary, Fixed("/PhoneLines/Create")),
        new("PhoneLines", "Create", "POST", Access.Primary, Fixed("/PhoneLines/Create"),
            Form(("ContactName", "Nieuwe IB'er"), ("Role", "InternalSupervisor"), ("MobileNumber", "06-87654321"))),
        new("PhoneLines", "Edit", "GET", Access.Primary,
            (w, own) => $"/PhoneLines/Edit/{Pick(w, own).PhoneLineId}", Scoped: true),
        new("PhoneLines", "Edit", "POST", Access.Primary,
            (w, own) => $"/PhoneLines/Edit/{Pick(w, own).PhoneLineId}",
            Form(("ContactName", "Contact A"), ("Role", "GroupEightTeacher"), ("MobileNumber", "06-12345678"),
                ("Confirmed", "true")), Scoped: true),
        new("PhoneLines", "AddUnavailable", "POST", Access.Primary,
            (w, own) => $"/PhoneLines/AddUnavailable/{Pick(w, own).PhoneLineId}",
            Form(("Date", "2027-05-18"), ("Start", "13:00"), ("End", "13:30")), Scoped: true),
        new("PhoneLines", "RemoveUnavailable", "POST", Access.Primary,
            (w, own) => $"/PhoneLines/RemoveUnavailable/{Pick(w, own).UnavailabilityId}", Scoped: true),
        new("PrimaryPupils", "Index", "GET", Access.Primary, Fixed("/PrimaryPupils")),
        new("PrimaryPupils", "AssignLine", "POST", Access.Primary,
            (w, own) => $"/PrimaryPupils/AssignLine/{Pick(w, own).PupilIds[1]}?lineId={Pick(w, own).PhoneLineId}",
            Scoped: true),
        new("PrimaryPupils", "Flag", "POST", Access.Primary,
            (w, own) => $"/PrimaryPupils/Flag/{Pick(w, own).PupilIds[1]}",
            Form(("ReasonKind", "Didactic"), ("Reason", "Rekenen")), Scoped: true),
        new("PrimaryPupils", "Unflag", "POST", Access.Primary,
            (w, own) => $"/PrimaryPupils/Unflag/{Pick(w, own).PupilIds[2]}", Scoped: true),

        new("SecondaryPupils", "Index", "GET", Access.Secondary, Fixed("/SecondaryPupils")),
        new("SecondaryPupils", "RequestHandover", "POST", Access.Secondary,
            (w, own) => $"/SecondaryPupils/RequestHandover/{Pick(w, own).PupilIds[1]}",
            Form(("question", "Hoe gaat het met lezen?")), Scoped: true),
        new("SecondaryPupils", "Consent", "POST", Access.Secondary,
            (w, own) => $"/SecondaryPupils/Consent/{Pick(w, own).PupilIds[1]}", Scoped: true),
        new("Callers", "Index", "GET", Access.Secondary, Fixed("/Callers")),
        new("Callers", "Index", "POST", Access.Secondary, Fixed("/Callers"), Form(("names[0]", "Mevrouw Mentor"))),
        new("MyCalls", "Index", "GET", Access.AnyPortal, Fixed("/MyCalls")),
        new("MyCalls", "Download", "GET", Access.AnyPortal, Fixed("/MyCalls/Download")),
        new("MyCalls", "Calendar", "GET", Access.AnyPortal, Fixed("/MyCalls/Calendar")),
        new("MyCalls", "Outcome", "POST", Access.Secondary,
            (w, own) => $"/MyCalls/Outcome/{Pick(w, own).CallBlockId}", Form(("outcome", "Done")), Scoped: true),
    ];
}
