namespace WarmeOverdracht.BrowserTests.Support;

/// <summary>Files committed in the repository, such as the sample export.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string SampleExport => Path.Combine(Root, "docs", "samples", "elk-export-amstelland.xlsx");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WarmeOverdracht.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
               ?? throw new InvalidOperationException("WarmeOverdracht.sln not found above the test binaries.");
    }
}
