package dev.switchboard.api.rocketchat.ddp;

/**
 * One socket's protocol state: before {@code connect} it has no session; after, the session it serves
 * (which may move to another socket on resumption). Touched by the socket's own message thread and by
 * the heartbeat timer.
 */
final class DdpConnection {
    final DdpSocket socket;
    final Pipeline pipeline = new Pipeline();
    volatile DdpSession session;
    volatile boolean pinged;

    DdpConnection(DdpSocket socket) { this.socket = socket; }
}
