using System.Diagnostics;
using System.Runtime.InteropServices;

namespace OpsRhythm.Bench;

/// <summary>What the numbers were taken on: processor, cores, memory, kernel, runtimes, and how busy the machine was.</summary>
public sealed record MachineInfo(string Cpu, int Cores, double MemoryGiB, string Kernel, string DotNet, string Node, string LoadAverage, DateTimeOffset At)
{
    public static MachineInfo Capture()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var memoryKb = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var load = string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        return new MachineInfo(
            cpu,
            Environment.ProcessorCount,
            double.Parse(memoryKb, System.Globalization.CultureInfo.InvariantCulture) / 1024 / 1024,
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            Run("node", "--version"),
            load,
            DateTimeOffset.UtcNow);
    }

    private static string Run(string file, string argument)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, argument) { RedirectStandardOutput = true }) ?? throw new InvalidOperationException();
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not found";
        }
    }
}
