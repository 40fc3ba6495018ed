using Microsoft.Azure.Functions.Worker;

namespace BcfWorkflow.Functions.Tests.Support;

/// <summary>The little of a FunctionContext the wrappers use: the worker's services, binding data, cancellation.</summary>
public sealed class TestFunctionContext(IServiceProvider services, IReadOnlyDictionary<string, object?>? bindingData = null) : FunctionContext
{
    public override string InvocationId { get; } = Guid.NewGuid().ToString("N");
    public override string FunctionId => "test";
    public override TraceContext TraceContext => throw new NotSupportedException();
    public override BindingContext BindingContext { get; } = new TestBindingContext(bindingData ?? new Dictionary<string, object?>());
    public override RetryContext RetryContext => throw new NotSupportedException();
    public override IServiceProvider InstanceServices { get; set; } = services;
    public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();
    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();
    public override IInvocationFeatures Features => throw new NotSupportedException();
    public override CancellationToken CancellationToken => CancellationToken.None;

    private sealed class TestBindingContext(IReadOnlyDictionary<string, object?> data) : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData { get; } = data;
    }
}
