package dev.switchboard.core.livechat;

/**
 * What a visitor leaves in the widget's offline form when no agent is online
 * ({@code livechat/offline.message}, rocketchat-livechat.md §3.6).
 *
 * @param name       the visitor's name; never null
 * @param email      the visitor's address, where replies go; never null
 * @param message    the text; never null
 * @param department id or name of the department to reach; nullable
 * @param host       the page the form was sent from; nullable
 */
public record OfflineMessage(String name, String email, String message, String department, String host) {}
