using System.Net;
using System.Net.Sockets;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Testing;

namespace BcfWorkflow.Testing;

/// <summary>Starts the in-process Durable Task test host on a port the OS says is free. Left to itself the host picks a
/// random port in 30000-40000, inside Linux's ephemeral range, so on a busy machine it can collide with an outgoing
/// connection or another test's listener ("address already in use": the CI failure of session 3). A port can still be
/// taken between asking and binding, so a bind failure is retried on a fresh port.</summary>
public static class InProcessTestHost
{
    const int Attempts = 5;

    public static async Task<DurableTaskTestHost> StartAsync(Action<DurableTaskRegistry> registry, DurableTaskTestHostOptions options)
    {
        for (int attempt = 1; ; attempt++)
        {
            options.Port = FreeLoopbackPort();
            try
            {
                return await DurableTaskTestHost.StartAsync(registry, options);
            }
            catch (IOException bindFailure) when (attempt < Attempts && bindFailure.InnerException is SocketException or { InnerException: SocketException })
            {
                // Taken between FreeLoopbackPort and the bind: try another.
            }
        }
    }

    static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
