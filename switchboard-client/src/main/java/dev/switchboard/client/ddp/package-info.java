/**
 * A DDP (Meteor realtime) client for Switchboard's Rocket.Chat realtime API at {@code /websocket} (spec §5),
 * with the visitor-side and agent-side facades {@link dev.switchboard.client.ddp.VisitorRealtime} and
 * {@link dev.switchboard.client.ddp.AgentRealtime}. Start with {@link dev.switchboard.client.ddp.DdpClient}.
 *
 * <h2>Switchboard's lossless-resume extension, as this client speaks it</h2>
 * <ul>
 *   <li>Every {@code connect} carries {@code "sequenced":true}; the server then numbers the {@code changed}
 *       frames of the session with a top-level {@code "seq"} 1, 2, 3, … and keeps a bounded replay buffer.</li>
 *   <li>After an unexpected loss the client reconnects and sends
 *       {@code {"msg":"connect","version":"1","support":["1","pre2","pre1"],"sequenced":true,
 *       "resume":{"session":"<old id>","seq":<last seq delivered>}}}.</li>
 *   <li>{@code {"msg":"connected","session":"<same id>"}} resumes: the server sends exactly the frames with a
 *       greater seq, and keeps the subscriptions; the client does not subscribe again (it only redoes those whose
 *       {@code ready} never arrived: {@code unsub} of the old id, {@code sub} under a new one).</li>
 *   <li>{@code {"msg":"connected","session":"<new id>","resync":"<reason>"}} (or any other session id) starts
 *       over: the client sends its {@link dev.switchboard.client.ddp.DdpClient#callOnResync registered call}
 *       (e.g. {@code login}), subscribes again under new ids, and once all are ready tells the resync listeners.</li>
 *   <li>A {@code changed} frame whose seq is not above the last one delivered is dropped; frames without seq
 *       (a server that ignores the extension) are delivered as they come, with {@code seq} 0.</li>
 * </ul>
 */
package dev.switchboard.client.ddp;
