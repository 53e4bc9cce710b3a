package io.github.dlckit.sdk.auth.provider;

import io.github.dlckit.sdk.auth.AuthEnvironment;
import io.github.dlckit.sdk.auth.CredentialsContext;
import io.github.dlckit.sdk.auth.CredentialsProvider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * A section of the shared credentials ini file. The file is {@code ALIBABA_CLOUD_CREDENTIALS_FILE} when set,
 * else {@code ~/.alibabacloud/credentials.ini} (the Java and Python default), else
 * {@code ~/.alibabacloud/credentials} (the Go default): when both exist, {@code credentials.ini} wins and the
 * other is not read. The section is the one given, else {@code ALIBABA_CLOUD_PROFILE}, else {@code default}; it
 * counts only with {@code enable = true}. Its {@code type}: {@code access_key} ({@code access_key_id},
 * {@code access_key_secret}), {@code ecs_ram_role} ({@code role_name}, optional), {@code ram_role_arn}
 * ({@code access_key_id}, {@code access_key_secret}, {@code role_arn}, {@code role_session_name},
 * {@code policy}), {@code oidc_role_arn} ({@code role_arn}, {@code oidc_provider_arn},
 * {@code oidc_token_file_path}, {@code role_session_name}, {@code policy}); {@code rsa_key_pair} is refused.
 * The file is read once, at the first call that succeeds. Provider name {@code profile/<type's provider>}, e.g.
 * {@code profile/static_ak}.
 */
public final class IniProfileCredentialsProvider extends ProfileBackedProvider {

    /** The provider name (the section's provider name follows it). */
    public static final String NAME = "profile";
    static final String ENV_FILE = "ALIBABA_CLOUD_CREDENTIALS_FILE";
    private static final String TYPES = "access_key, ecs_ram_role, ram_role_arn, oidc_role_arn";

    private IniProfileCredentialsProvider(CredentialsContext context, String sectionName) {
        super(NAME + "/", context, sectionName);
    }

    /**
     * @param context environment, clock, HTTP client, endpoints
     * @return the provider of {@code ALIBABA_CLOUD_PROFILE}'s section, else {@code [default]}
     */
    public static IniProfileCredentialsProvider create(CredentialsContext context) {
        return new IniProfileCredentialsProvider(context, null);
    }

    /**
     * @param context environment, clock, HTTP client, endpoints
     * @param sectionName the section to use
     * @return the provider
     */
    public static IniProfileCredentialsProvider create(CredentialsContext context, String sectionName) {
        return new IniProfileCredentialsProvider(context, sectionName);
    }

    /**
     * Which file the provider reads (it may not exist).
     *
     * @param environment the environment
     * @return {@code ALIBABA_CLOUD_CREDENTIALS_FILE}, else {@code ~/.alibabacloud/credentials.ini} when it exists,
     *         else {@code ~/.alibabacloud/credentials} when it exists, else {@code ~/.alibabacloud/credentials.ini}
     */
    public static Path credentialsFile(AuthEnvironment environment) {
        String configured = ProviderSupport.env(environment, ENV_FILE);
        if (configured != null) {
            return Paths.get(configured);
        }
        Path dir = environment.homeDirectory().resolve(".alibabacloud");
        Path ini = dir.resolve("credentials.ini");
        Path plain = dir.resolve("credentials");
        return !Files.exists(ini) && Files.exists(plain) ? plain : ini;
    }

    @Override
    CredentialsProvider load() {
        Path path = credentialsFile(context.environment());
        Map<String, Map<String, String>> sections = ConfigFiles.readIni(path);
        String name = profileName("default");
        if (!sections.containsKey(name)) {
            throw ProviderSupport.declined("no section [" + name + "] in " + path);
        }
        ProfileFields section = new ProfileFields("section [" + name + "] of " + path, sections.get(name));
        if (!Boolean.TRUE.equals(section.flag("enable"))) {
            throw ProviderSupport.declined(section.where() + " is not enabled (it needs enable = true)");
        }
        String type = section.required("type");
        switch (type) {
            case "access_key":
                return section.accessKey();
            case "ecs_ram_role":
                return EcsRamRoleCredentialsProvider.create(context, section.optional("role_name"));
            case "ram_role_arn":
                return RamRoleArnCredentialsProvider.create(context, section.accessKey(),
                        section.role(roleFields(section)));
            case "oidc_role_arn":
                return section.oidc(context, "oidc_provider_arn", "oidc_token_file_path", roleFields(section));
            case "rsa_key_pair":
                throw ProviderSupport.declined(section.where() + " has type rsa_key_pair, which is not supported "
                        + "(key-pair sessions are retired by the vendor; use access_key or ram_role_arn)");
            default:
                throw section.unsupported("type", type, TYPES);
        }
    }

    private static AssumeRoleSettings.Builder roleFields(ProfileFields section) {
        return AssumeRoleSettings.builder(section.required("role_arn"))
                .roleSessionName(section.optional("role_session_name"))
                .policy(section.optional("policy"));
    }
}
