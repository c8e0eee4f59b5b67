package io.postline.post.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.postline.channel.Service;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NetworkLimitsTest {

    @ParameterizedTest
    @EnumSource(Service.class)
    void every_network_has_a_positive_text_limit_and_a_photo_cap(Service service) {
        NetworkLimits limits = NetworkLimits.of(service);

        assertThat(limits.text()).allSatisfy(limit -> assertThat(limit.max()).isPositive());
        assertThat(limits.maxPhotos()).isNotNegative();
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void an_instance_limit_replaces_only_the_first_text_limit(Service service) {
        NetworkLimits limits = NetworkLimits.of(service);
        NetworkLimits raised = limits.withTextLimit(12_345);

        assertThat(raised.textLimit().max()).isEqualTo(12_345);
        assertThat(raised.text().subList(1, raised.text().size()))
                .isEqualTo(limits.text().subList(1, limits.text().size()));
        assertThat(raised.maxPhotos()).isEqualTo(limits.maxPhotos());
    }
}
