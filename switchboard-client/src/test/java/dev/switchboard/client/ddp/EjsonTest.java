package dev.switchboard.client.ddp;

import static dev.switchboard.client.ddp.DdpTesting.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EjsonTest {

    @Test
    void an_ejson_date_is_read_as_the_instant_of_its_epoch_milliseconds() {
        assertThat(Ejson.date(json("{\"$date\":1795264466225}"))).isEqualTo(Instant.parse("2026-11-21T12:34:26.225Z"));
        assertThat(Ejson.date(json("{\"$date\":0}"))).isEqualTo(Instant.EPOCH);
    }

    @Test
    void an_absent_date_is_null() {
        assertThat(Ejson.date(null)).isNull();
        assertThat(Ejson.date(NullNode.getInstance())).isNull();
        assertThat(Ejson.date(MissingNode.getInstance())).isNull();
        assertThat(Ejson.date(json("{}").path("ts"))).isNull();
    }

    @Test
    void anything_but_an_ejson_date_is_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ejson.date(json("\"2026-11-21T12:34:26.225Z\"")));
        assertThatIllegalArgumentException().isThrownBy(() -> Ejson.date(json("{\"$date\":\"2026-11-21\"}")));
        assertThatIllegalArgumentException().isThrownBy(() -> Ejson.date(json("{\"$date\":1.5}")));
        assertThatIllegalArgumentException().isThrownBy(() -> Ejson.date(json("{\"$date\":1,\"x\":2}")));
        assertThatIllegalArgumentException().isThrownBy(() -> Ejson.date(json("1795264466225")));
    }

    @Test
    void an_instant_is_written_as_an_ejson_date_in_milliseconds() {
        assertThat(Ejson.dateNode(Instant.parse("2026-11-21T12:34:26.225999Z"))).isEqualTo(json("{\"$date\":1795264466225}"));
    }
}
