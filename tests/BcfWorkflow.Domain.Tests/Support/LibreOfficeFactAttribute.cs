namespace BcfWorkflow.Domain.Tests.Support;

/// <summary>A test that needs LibreOffice: skipped, and reported as skipped, where it is not installed
/// (scripts/test.sh installs it).</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.TryFind() is null)
        {
            Skip = "LibreOffice is not installed (scripts/test.sh installs libreoffice-calc-nogui)";
        }
    }
}
