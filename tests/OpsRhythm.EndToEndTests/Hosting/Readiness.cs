namespace OpsRhythm.EndToEndTests.Hosting;

/// <summary>Polls until a started process answers; the timeout only guards against hanging forever.</summary>
public static class Readiness
{
    public static async Task WaitForHttpAsync(
        ChildProcess process, Uri url, Func<HttpResponseMessage, bool> isReady, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(isReady);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"{process.Name} exited before answering {url}. Log: {process.LogPath}{Environment.NewLine}{process.Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(url, deadline.Token);
                if (isReady(response))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!deadline.IsCancellationRequested)
            {
                // One slow attempt while it starts; try again.
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        throw new TimeoutException(
            $"{process.Name} did not answer {url} within {timeout}. Log: {process.LogPath}{Environment.NewLine}{process.Tail()}");
    }
}
