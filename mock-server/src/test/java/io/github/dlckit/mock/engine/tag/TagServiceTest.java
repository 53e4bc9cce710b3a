package io.github.dlckit.mock.engine.tag;

import io.github.dlckit.mock.engine.EngineFixture;
import io.github.dlckit.mock.engine.ErrorKind;
import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.ListJobsRequest;
import io.github.dlckit.model.TagResourcesRequest;
import io.github.dlckit.model.TagResourcesRequestTag;
import io.github.dlckit.model.UntagResourcesRequest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.github.dlckit.mock.engine.EngineFixture.ALICE;
import static io.github.dlckit.mock.engine.EngineFixture.BOB;
import static io.github.dlckit.mock.engine.EngineFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** TagResources and UntagResources on jobs, read back through ListJobs' Tags filter. */
class TagServiceTest {

    private final EngineFixture f = new EngineFixture();

    private static TagResourcesRequest tag(String key, String value, String... jobIds) {
        return TagResourcesRequest.builder().regionId("cn-wulanchabu").resourceType("Job").addResourceId(jobIds)
                .addTag(TagResourcesRequestTag.builder().key(key).value(value).build()).build();
    }

    private long countTagged(Map<String, String> tags) {
        return f.run(c -> c.jobs().listJobs(ALICE, ListJobsRequest.builder().tags(tags).build())).totalCount();
    }

    @Test
    void taggedJobsAreFoundByListJobsAndUntagRemovesKeysOrAll() {
        String a = f.submit(ALICE, EngineFixture.job("sleep 60"));
        String b = f.submit(ALICE, EngineFixture.job("sleep 60"));
        f.submit(ALICE, EngineFixture.job("sleep 60"));

        f.act(c -> c.tags().tagResources(ALICE, tag("team", "nlp", a, b)));
        f.act(c -> c.tags().tagResources(ALICE, tag("stage", "dev", a)));
        assertThat(countTagged(Map.of("team", "nlp"))).isEqualTo(2);
        assertThat(countTagged(Map.of("team", "nlp", "stage", "dev"))).isEqualTo(1);

        f.act(c -> c.tags().untagResources(ALICE, UntagResourcesRequest.builder().resourceType("Job")
                .addResourceId(a).addTagKey("stage").build()));
        assertThat(countTagged(Map.of("stage", "dev"))).isZero();
        assertThat(countTagged(Map.of("team", "nlp"))).isEqualTo(2);

        f.act(c -> c.tags().untagResources(ALICE, UntagResourcesRequest.builder().resourceType("Job")
                .addResourceId(a, b).all("true").build()));
        assertThat(countTagged(Map.of("team", "nlp"))).isZero();
    }

    @Test
    void tagRequestsAreCheckedBeforeAnyJobChanges() {
        String job = f.submit(ALICE, EngineFixture.job("sleep 60"));
        String bobs = f.submit(BOB, EngineFixture.job("sleep 60"));

        assertRefused(() -> f.act(c -> c.tags().tagResources(ALICE, tag("team", "nlp", job).toBuilder()
                .regionId(java.util.Optional.empty()).build())), ErrorKind.INVALID, "MissingRegionId", "RegionId");
        assertRefused(() -> f.act(c -> c.tags().tagResources(ALICE, tag("team", "nlp", job).toBuilder()
                .regionId("cn-hangzhou").build())), ErrorKind.INVALID, "InvalidParameter",
                "RegionId: must be the region called, cn-wulanchabu, got cn-hangzhou");
        assertRefused(() -> f.act(c -> c.tags().tagResources(ALICE, tag("team", "nlp").toBuilder()
                .resourceId(java.util.List.of()).build())), ErrorKind.INVALID, "MissingResourceId", "ResourceId");
        assertRefused(() -> f.act(c -> c.tags().tagResources(ALICE, tag("team", "nlp", job).toBuilder()
                .resourceType("Tensorboard").build())), ErrorKind.INVALID, "InvalidParameter",
                "ResourceType: must be one of Job, got Tensorboard");
        assertRefused(() -> f.act(c -> c.tags().tagResources(ALICE, tag("acs:owner", "x", job))),
                ErrorKind.INVALID, "InvalidParameter", "Tag[0].Key: must be at most 128 characters");
        assertRefused(() -> f.act(c -> c.tags().tagResources(ALICE, tag("team", "nlp", job).toBuilder()
                .tag(java.util.List.of()).build())), ErrorKind.INVALID, "MissingTag", "Tag");
        assertRefused(() -> f.act(c -> c.tags().tagResources(ALICE, tag("team", "nlp", job, bobs))),
                ErrorKind.NOT_FOUND, "JobNotFound", bobs);
        assertRefused(() -> f.act(c -> c.tags().untagResources(ALICE, UntagResourcesRequest.builder()
                .resourceType("Job").addResourceId(job).build())), ErrorKind.INVALID, "MissingTagKey", "TagKey");
        assertRefused(() -> f.act(c -> c.tags().untagResources(ALICE, UntagResourcesRequest.builder()
                .resourceType("Job").addResourceId(job).all("yes").build())), ErrorKind.INVALID, "InvalidParameter",
                "All: must be one of true, false, got yes");

        assertThat(countTagged(Map.of("team", "nlp"))).as("the refused request tagged nothing").isZero();
        assertThat(f.run(c -> c.jobs().getJob(BOB, GetJobRequest.of(bobs))).jobId()).isEqualTo(bobs);
    }

    @Test
    void aJobCarriesAtMostTwentyTags() {
        String job = f.submit(ALICE, EngineFixture.job("sleep 60"));
        var many = TagResourcesRequest.builder().regionId("cn-wulanchabu")
                .resourceType("Job").addResourceId(job);
        for (int i = 0; i < TagService.MAX_TAGS; i++) {
            many.addTag(TagResourcesRequestTag.builder().key("k" + i).value("v").build());
        }
        f.act(c -> c.tags().tagResources(ALICE, many.build()));

        assertRefused(() -> f.act(c -> c.tags().tagResources(ALICE, tag("one-more", "v", job))), ErrorKind.INVALID,
                "InvalidParameter", "Tag: a job carries at most 20 tags; job " + job + " would carry 21");
        f.act(c -> c.tags().tagResources(ALICE, tag("k0", "changed", job)));
        assertThat(countTagged(Map.of("k0", "changed"))).isEqualTo(1);
    }
}
