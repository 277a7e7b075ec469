package io.hvs.hazard.manifests;

import io.fabric8.kubernetes.api.model.SecurityContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The container security settings both deployments must carry. */
final class SecurityContextAssertions {

    private SecurityContextAssertions() {
    }

    static void assertLockedDown(SecurityContext context) {
        assertThat(context).isNotNull();
        assertThat(context.getRunAsNonRoot()).isTrue();
        assertThat(context.getRunAsUser()).isPositive();
        assertThat(context.getReadOnlyRootFilesystem()).isTrue();
        assertThat(context.getAllowPrivilegeEscalation()).isFalse();
        assertThat(context.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(context.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    }

}
