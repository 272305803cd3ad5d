using MassTransit;

namespace CeasefireMonitor.Messaging.Bus;

/// <summary>Creates the MassTransit bus for an address; the caller adds its receive endpoints.</summary>
public static class BusFactory
{
    public static IBusControl Create(BusAddress? address, Action<IBusFactoryConfigurator>? configure = null) =>
        address is null
            ? MassTransit.Bus.Factory.CreateUsingInMemory(cfg => configure?.Invoke(cfg))
            : MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg =>
            {
                cfg.Host(address.Host, address.Port, address.VirtualHost, h =>
                {
                    h.Username(address.Username);
                    h.Password(address.Password);
                    h.PublisherConfirmation = true;
                    h.RequestedConnectionTimeout(TimeSpan.FromSeconds(5));
                });
                configure?.Invoke(cfg);
            });
}
