using CeasefireMonitor.Api.Hosting;

// Everything is assembled in MonitorApp, so the tests start the same application on a random port.
await using var app = await MonitorApp.BuildAsync(args);
await app.RunAsync();
