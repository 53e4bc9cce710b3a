package io.github.dlckit.codegen;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JavaNamesTest {

    @ParameterizedTest
    @CsvSource({
            "JobId, jobId",
            "GPUType, gpuType",
            "GPU, gpu",
            "EnableRDMA, enableRdma",
            "ExtendedCIDRs, extendedCidrs",
            "ExtendedCidrs, extendedCidrs",
            "AIMasterMessage, aiMasterMessage",
            "isShared, isShared",
            "url, url",
            "IsCheif, isCheif",
            "Ipv4Address, ipv4Address"})
    void attributeNamesFoldAcronyms(String field, String attribute) {
        assertThat(JavaNames.attributeName(field)).isEqualTo(attribute);
    }

    @ParameterizedTest
    @CsvSource({
            "GetJobResponseBody, GetJobResponse",
            "GetJobResponseBodyPods, GetJobResponsePods",
            "SpotSpec, SpotSpec",
            "CreateJobRequestUserVpc, CreateJobRequestUserVpc"})
    void responseBodiesBecomeResponses(String shape, String type) {
        assertThat(JavaNames.typeName(shape)).isEqualTo(type);
    }

    @org.junit.jupiter.api.Test
    void reservedNamesAreRefused() {
        assertThatThrownBy(() -> JavaNames.attributeName("Default")).hasMessageContaining("reserved");
        assertThatThrownBy(() -> JavaNames.attributeName("ToBuilder")).hasMessageContaining("reserved");
    }
}
