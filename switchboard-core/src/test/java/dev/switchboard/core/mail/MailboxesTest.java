package dev.switchboard.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The address rule and the mailbox text that keep user input from adding recipients or headers. */
class MailboxesTest {
    @Test
    void plain_addresses_pass_and_anything_that_could_carry_a_second_recipient_or_header_does_not() {
        assertThat(Mailboxes.isAddress("ann@example.com")).isTrue();
        assertThat(Mailboxes.isAddress("ann.o'neil+tag@mail.example.co.uk")).isTrue();
        for (String bad : new String[] {null, "", "ann", "ann@", "@example.com", "ann@example", "ann@example.",
                "a b@example.com", "ann@example.com, eve@example.com", "ann@example.com\r\nBcc: eve@example.com",
                "Ann <ann@example.com>", "\"ann\"@example.com", "ann@exa;mple.com", "ann@@example.com",
                "a".repeat(250) + "@example.com"}) {
            assertThat(Mailboxes.isAddress(bad)).as("%s", bad).isFalse();
        }
    }

    @Test
    void display_names_are_quoted_and_put_on_one_line() {
        assertThat(Mailboxes.of("Ann", "ann@example.com")).isEqualTo("\"Ann\" <ann@example.com>");
        assertThat(Mailboxes.of("Eve \"the\" <Admin>, Inc\r\nBcc: x@y.z", "eve@example.com"))
                .isEqualTo("\"Eve \\\"the\\\" <Admin>, Inc Bcc: x@y.z\" <eve@example.com>");
        assertThat(Mailboxes.of(" ", "ann@example.com")).isEqualTo("ann@example.com");
        assertThat(Mailboxes.of(null, "ann@example.com")).isEqualTo("ann@example.com");
    }

    @Test
    void a_subject_never_spans_lines() {
        assertThat(new MailMessage("a@b.cd", "c@d.ef", null, "Hi\r\nBcc: eve@example.com\n", "body").subject())
                .isEqualTo("Hi Bcc: eve@example.com");
    }
}
