using BcfWorkflow.Domain.Model;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Security.Tests.Support;

/// <summary>The areas of the test stack: Testshire (<see cref="TestPlan"/>), Otherton (one contributor, the
/// outsider) and Collideshire, whose contributor ids are the same as Testshire's (ids are unique per plan only).</summary>
public static class Areas
{
    public const string Outsider = "outsider";
    public const string Otherton = "Otherton";
    public const string Collideshire = "Collideshire";

    public static Plan OthertonPlan() => TestPlan.Create() with
    {
        Area = Otherton,
        Contributors = [new(Outsider, "Otherton Council", "returns@otherton.example.gov.uk", ["39", "40", "50"])],
    };

    public static Plan CollideshirePlan() => TestPlan.Create() with { Area = Collideshire };
}
