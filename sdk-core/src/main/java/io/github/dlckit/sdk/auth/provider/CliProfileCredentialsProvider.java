package io.github.dlckit.sdk.auth.provider;

import io.github.dlckit.sdk.auth.Credentials;
import io.github.dlckit.sdk.auth.CredentialsContext;
import io.github.dlckit.sdk.auth.CredentialsProvider;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A profile of the Alibaba Cloud CLI's {@code ~/.aliyun/config.json}: the one given, else
 * {@code ALIBABA_CLOUD_PROFILE}, else the file's {@code current}. Modes: {@code AK}, {@code StsToken},
 * {@code RamRoleArn} (AssumeRole signed with the profile's key; {@code ram_role_arn}, {@code ram_session_name},
 * {@code expired_seconds}, {@code sts_region}, {@code enable_vpc}, {@code policy}, {@code external_id}),
 * {@code EcsRamRole} ({@code ram_role_name}), {@code OIDC} ({@code oidc_provider_arn}, {@code oidc_token_file}
 * and the role fields) and {@code ChainableRamRoleArn} ({@code source_profile} and the role fields). Disabled by
 * {@code ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true}. The file is read once, at the first call that succeeds.
 * Provider name {@code cli_profile/<mode's provider>}, e.g. {@code cli_profile/static_ak}.
 */
public final class CliProfileCredentialsProvider extends ProfileBackedProvider {

    /** The provider name (the profile's provider name follows it). */
    public static final String NAME = "cli_profile";
    static final String ENV_DISABLED = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";
    private static final String MODES = "AK, StsToken, RamRoleArn, EcsRamRole, OIDC, ChainableRamRoleArn";

    private CliProfileCredentialsProvider(CredentialsContext context, String profileName) {
        super(NAME + "/", context, profileName);
    }

    /**
     * @param context environment (home directory, {@code ALIBABA_CLOUD_PROFILE}), clock, HTTP client, endpoints
     * @return the provider of {@code ALIBABA_CLOUD_PROFILE}'s profile, else the file's current one
     */
    public static CliProfileCredentialsProvider create(CredentialsContext context) {
        return new CliProfileCredentialsProvider(context, null);
    }

    /**
     * @param context environment (home directory), clock, HTTP client, endpoints
     * @param profileName the profile to use
     * @return the provider
     */
    public static CliProfileCredentialsProvider create(CredentialsContext context, String profileName) {
        return new CliProfileCredentialsProvider(context, profileName);
    }

    /**
     * @param context the environment whose home directory holds the file
     * @return {@code <home>/.aliyun/config.json}
     */
    public static Path configFile(CredentialsContext context) {
        return context.environment().homeDirectory().resolve(".aliyun").resolve("config.json");
    }

    @Override
    CredentialsProvider load() {
        if (ProviderSupport.envFlag(context.environment(), ENV_DISABLED)) {
            throw ProviderSupport.declined("the CLI profile is disabled (" + ENV_DISABLED + "=true)");
        }
        ConfigFiles.CliConfig config = ConfigFiles.readCliConfig(configFile(context));
        String name = profileName(config.current);
        if (name == null) {
            throw ProviderSupport.declined(config.path + " names no current profile and " + ENV_PROFILE + " is not set");
        }
        return provider(config, name, new LinkedHashSet<>());
    }

    private CredentialsProvider provider(ConfigFiles.CliConfig config, String name, Set<String> visited) {
        if (!visited.add(name)) {
            throw ProviderSupport.declined("CLI profiles in " + config.path + " form a loop: "
                    + String.join(" -> ", visited) + " -> " + name);
        }
        if (!config.profiles.containsKey(name)) {
            throw ProviderSupport.declined("no profile '" + name + "' in " + config.path);
        }
        ProfileFields profile = new ProfileFields("CLI profile '" + name + "' in " + config.path,
                config.profiles.get(name));
        String mode = profile.optional("mode");
        switch (mode == null ? "" : mode) {
            case "AK":
                return profile.accessKey();
            case "StsToken":
                return CredentialsProvider.of(Credentials.sts(profile.required("access_key_id"),
                        profile.required("access_key_secret"), profile.required("sts_token")));
            case "RamRoleArn":
                return RamRoleArnCredentialsProvider.create(context, profile.accessKey(), role(profile));
            case "EcsRamRole":
                return EcsRamRoleCredentialsProvider.create(context, profile.optional("ram_role_name"));
            case "OIDC":
                return profile.oidc(context, "oidc_provider_arn", "oidc_token_file", roleFields(profile));
            case "ChainableRamRoleArn":
                CredentialsProvider source = provider(config, profile.required("source_profile"), visited);
                return RamRoleArnCredentialsProvider.create(context, source, role(profile));
            default:
                throw mode == null ? ProviderSupport.declined(profile.where() + " has no mode")
                        : profile.unsupported("mode", mode, MODES);
        }
    }

    private static AssumeRoleSettings role(ProfileFields profile) {
        return profile.role(roleFields(profile));
    }

    private static AssumeRoleSettings.Builder roleFields(ProfileFields profile) {
        return AssumeRoleSettings.builder(profile.required("ram_role_arn"))
                .roleSessionName(profile.optional("ram_session_name"))
                .durationSeconds(profile.integer("expired_seconds"))
                .stsRegion(profile.optional("sts_region"))
                .enableVpc(profile.flag("enable_vpc"))
                .policy(profile.optional("policy"))
                .externalId(profile.optional("external_id"));
    }
}
