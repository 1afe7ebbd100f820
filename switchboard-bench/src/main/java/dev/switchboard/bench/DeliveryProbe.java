package dev.switchboard.bench;

import dev.switchboard.client.ddp.DdpClient;
import dev.switchboard.client.ddp.StreamEvent;
import dev.switchboard.client.ddp.VisitorRealtime;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * Send → agent socket latency at a fixed offered rate: visitors' DDP clients send {@code sendMessageLivechat}
 * on a schedule, one agent DDP client subscribed to every room's {@code stream-room-messages} receives them.
 * Each message carries its <em>intended</em> send time, and latency counts from it, so a stalled sender or
 * server shows up in the figures instead of slowing the schedule (no coordinated omission). Works against
 * Switchboard and against {@link BareJettyDdp} alike. Not thread-safe: one run at a time.
 */
final class DeliveryProbe implements AutoCloseable {
    private static final String MARK = "t";

    private final List<VisitorRealtime> visitors = new ArrayList<>();
    private final List<String> rids = new ArrayList<>();
    private final DdpClient agent;
    private final Histogram histogram = Latencies.concurrent();
    private final AtomicLong received = new AtomicLong();
    private volatile long recordFrom = Long.MAX_VALUE;

    /** The result of one rate: latencies of the messages sent after the warm-up, and how many arrived. */
    record Result(Histogram latencies, long sent, long delivered) {}

    /**
     * Connects the visitors of {@code rooms} and the agent, subscribing the agent to each room.
     *
     * @param agentLogin a function that logs the agent's client in, or does nothing where there is no login
     */
    DeliveryProbe(String url, List<LiveRooms.Room> rooms, Consumer<DdpClient> agentLogin) {
        agent = DdpClient.connect(URI.create(url));
        agentLogin.accept(agent);
        agent.addListener(this::onEvent);
        var ready = new ArrayList<CompletableFuture<?>>();
        for (LiveRooms.Room room : rooms) {
            visitors.add(new VisitorRealtime(DdpClient.connect(URI.create(url)), room.token()));
            rids.add(room.rid());
            ready.add(agent.subscribe("stream-room-messages", room.rid(), Map.of()));
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
    }

    /** Offers {@code rate} messages/s for warm-up plus measured time, then waits up to {@code drain} for the rest. */
    Result run(int rate, Duration warmup, Duration measured, Duration drain) {
        histogram.reset();
        long interval = 1_000_000_000L / rate;
        long total = (warmup.toNanos() + measured.toNanos()) / interval;
        long start = System.nanoTime() + 20_000_000L;
        recordFrom = start + warmup.toNanos();
        long before = received.get();
        long measuredSent = 0;
        for (long i = 0; i < total; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait); // when late, send at once: the latency counts from `intended`
            int v = (int) (i % visitors.size());
            visitors.get(v).sendMessage(MARK + intended + "-" + i, rids.get(v), MARK + intended);
            if (intended >= recordFrom) measuredSent++;
        }
        long deadline = System.nanoTime() + drain.toNanos();
        while (received.get() - before < total && System.nanoTime() < deadline) Sleep.of(Duration.ofMillis(20));
        long delivered = histogram.getTotalCount();
        return new Result(histogram.copy(), measuredSent, delivered);
    }

    private void onEvent(StreamEvent event) {
        String text = event.arg(0).path("msg").asText("");
        if (!event.collection().equals("stream-room-messages") || !text.startsWith(MARK)) return;
        long intended = Long.parseLong(text.substring(MARK.length()));
        received.incrementAndGet();
        if (intended >= recordFrom) Latencies.recordNanos(histogram, System.nanoTime() - intended);
    }

    @Override
    public void close() {
        visitors.forEach(v -> v.ddp().close());
        agent.close();
    }
}
