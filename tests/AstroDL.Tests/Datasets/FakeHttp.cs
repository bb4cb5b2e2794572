using System.Net;

namespace AstroDL.Tests.Datasets;

/// <summary>An HTTP stack that serves fixed bytes per address (404 for any other) and records the requests.</summary>
internal sealed class FakeHttp(Dictionary<string, byte[]> files) : HttpMessageHandler
{
    public List<string> Requests { get; } = [];

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.ToString();
        Requests.Add(url);
        return files.TryGetValue(url, out var bytes)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) }
            : new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Send(request, cancellationToken));
}
