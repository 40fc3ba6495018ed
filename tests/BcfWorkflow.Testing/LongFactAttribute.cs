using Xunit;

namespace BcfWorkflow.Testing;

/// <summary>A test that runs only with BCF_LONG_TESTS=1 (skipped, and reported as skipped, otherwise).</summary>
public sealed class LongFactAttribute : FactAttribute
{
    public static bool Enabled => Environment.GetEnvironmentVariable("BCF_LONG_TESTS") == "1";

    public LongFactAttribute()
    {
        if (!Enabled)
        {
            Skip = "long test: set BCF_LONG_TESTS=1";
        }
    }
}
