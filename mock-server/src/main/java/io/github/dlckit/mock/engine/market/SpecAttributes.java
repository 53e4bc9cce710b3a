package io.github.dlckit.mock.engine.market;

import io.github.dlckit.model.AcceleratorType;

/**
 * What a spec offers, as {@code ListEcsSpecs} shows it. Descriptive only: the market does not use it.
 *
 * @param cpuCores vCPUs
 * @param memoryGib memory in GiB
 * @param gpuCount GPUs (0 for CPU specs)
 * @param gpuType the GPU model, empty for CPU specs
 * @param gpuMemoryGib memory per GPU in GiB (0 for CPU specs)
 * @param acceleratorType CPU or GPU
 */
public record SpecAttributes(int cpuCores, int memoryGib, int gpuCount, String gpuType, int gpuMemoryGib,
                             AcceleratorType acceleratorType) {

    /** Validates the fields. */
    public SpecAttributes {
        Checks.requirePositive("cpuCores", cpuCores);
        Checks.requirePositive("memoryGib", memoryGib);
        Checks.requireNonNegative("gpuCount", gpuCount);
        Checks.requireNonNegative("gpuMemoryGib", gpuMemoryGib);
        Checks.requirePresent("gpuType", gpuType);
        Checks.requirePresent("acceleratorType", acceleratorType);
        if ((gpuCount > 0) != (acceleratorType == AcceleratorType.GPU)) {
            throw new IllegalArgumentException("acceleratorType must be GPU exactly when gpuCount > 0, got "
                    + acceleratorType + " with gpuCount " + gpuCount);
        }
    }

    /**
     * @param cpuCores vCPUs
     * @param memoryGib memory in GiB
     * @return a CPU-only spec
     */
    public static SpecAttributes cpu(int cpuCores, int memoryGib) {
        return new SpecAttributes(cpuCores, memoryGib, 0, "", 0, AcceleratorType.CPU);
    }

    /**
     * @param cpuCores vCPUs
     * @param memoryGib memory in GiB
     * @param gpuCount GPUs
     * @param gpuType GPU model
     * @param gpuMemoryGib memory per GPU in GiB
     * @return a GPU spec
     */
    public static SpecAttributes gpu(int cpuCores, int memoryGib, int gpuCount, String gpuType, int gpuMemoryGib) {
        return new SpecAttributes(cpuCores, memoryGib, gpuCount, gpuType, gpuMemoryGib, AcceleratorType.GPU);
    }
}
