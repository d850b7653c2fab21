package eu.viaduc.webhooks.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Callbacks go to the partner's public servers, never into Viaduc's own network. */
class CallbackGuardTest {

    private final CallbackGuard guard = new CallbackGuard(List.of("127.0.0.1"));
    private final CallbackGuard strict = new CallbackGuard(List.of("none"));

    @ParameterizedTest
    @ValueSource(strings = { "http://10.0.0.5/hook", "https://10.0.0.5/hook", "https://192.168.1.20/hook",
            "https://172.16.4.4/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/hook",
            "https://[fd00::1]/hook", "https://100.64.0.1/hook", "https://0.0.0.0/hook", "https://localhost/hook",
            "https://224.0.0.1/hook", "https://198.18.0.1/hook", "https://240.0.0.1/hook", "https://[64:ff9b::a00:1]/hook" })
    void anInternalAddressIsRefused(String callback) {
        assertThat(guard.refusal(callback)).contains("internal address");
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://93.184.216.34/hook", "ftp://93.184.216.34/hook", "https://user:pw@93.184.216.34/hook",
            "not a url", "/relative/hook" })
    void aCallbackMustBeAnHttpsUrlWithAHost(String callback) {
        assertThat(guard.refusal(callback)).isNotNull().doesNotContain("internal address");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://93.184.216.34/hook", "https://[2001:db8::10]/hook" })
    void aPublicHttpsAddressIsTaken(String callback) {
        assertThat(guard.refusal(callback)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1:8765/hook", "https://127.0.0.1/hook" })
    void aHostAllowedForLocalRunsIsTakenThereAndNowhereElse(String callback) {
        assertThat(guard.refusal(callback)).isNull();
        assertThat(strict.refusal(callback)).isNotNull();
    }
}
