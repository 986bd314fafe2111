"""ProviderOptions: Per-provider options, keyed by provider slug. Only the entry of the provider that ends up matched is passed on and the others are ignored; unknown keys are discarded without warning."""

from __future__ import annotations

from typing import Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ProviderOptions(_Model):
    """Per-provider options, keyed by provider slug. Only the entry of the provider that ends up matched is passed on and the others are ignored; unknown keys are discarded without warning.

    Attributes:
        field_01ai: ``01ai``
        ai21: ``ai21``
        aion_labs: ``aion-labs``
        akashml: ``akashml``
        alibaba: ``alibaba``
        amazon_bedrock: ``amazon-bedrock``
        amazon_bedrock_claude_on_aws: ``amazon-bedrock/claude-on-aws``
        amazon_nova: ``amazon-nova``
        ambient: ``ambient``
        anthropic: ``anthropic``
        anthropic_2: ``anthropic/2``
        anyscale: ``anyscale``
        arcee_ai: ``arcee-ai``
        atlas_cloud: ``atlas-cloud``
        atoma: ``atoma``
        avian: ``avian``
        azure: ``azure``
        baidu: ``baidu``
        baseten: ``baseten``
        black_forest_labs: ``black-forest-labs``
        byteplus: ``byteplus``
        centml: ``centml``
        cerebras: ``cerebras``
        chutes: ``chutes``
        cirrascale: ``cirrascale``
        clarifai: ``clarifai``
        claude_on_aws: ``claude-on-aws``
        cloudflare: ``cloudflare``
        cohere: ``cohere``
        coreweave: ``coreweave``
        crofai: ``crofai``
        crucible: ``crucible``
        crusoe: ``crusoe``
        darkbloom: ``darkbloom``
        databricks: ``databricks``
        decart: ``decart``
        deepgram: ``deepgram``
        deepinfra: ``deepinfra``
        deepseek: ``deepseek``
        dekallm: ``dekallm``
        digitalocean: ``digitalocean``
        enfer: ``enfer``
        fake_provider: ``fake-provider``
        featherless: ``featherless``
        fireworks: ``fireworks``
        fish_audio: ``fish-audio``
        friendli: ``friendli``
        gmicloud: ``gmicloud``
        google_ai_studio: ``google-ai-studio``
        google_vertex: ``google-vertex``
        gopomelo: ``gopomelo``
        groq: ``groq``
        heygen: ``heygen``
        huggingface: ``huggingface``
        hyperbolic: ``hyperbolic``
        hyperbolic_quantized: ``hyperbolic-quantized``
        inception: ``inception``
        inceptron: ``inceptron``
        inferact_vllm: ``inferact-vllm``
        inference_net: ``inference-net``
        infermatic: ``infermatic``
        inflection: ``inflection``
        inocloud: ``inocloud``
        io_net: ``io-net``
        ionstream: ``ionstream``
        klusterai: ``klusterai``
        krea: ``krea``
        lambda_: ``lambda``
        lepton: ``lepton``
        liquid: ``liquid``
        lynn: ``lynn``
        lynn_private: ``lynn-private``
        makora: ``makora``
        mancer: ``mancer``
        mancer_old: ``mancer-old``
        mara: ``mara``
        meta: ``meta``
        minimax: ``minimax``
        mistral: ``mistral``
        modal: ``modal``
        modelrun: ``modelrun``
        modular: ``modular``
        moonshotai: ``moonshotai``
        morph: ``morph``
        ncompass: ``ncompass``
        nebius: ``nebius``
        nex_agi: ``nex-agi``
        nextbit: ``nextbit``
        nineteen: ``nineteen``
        novita: ``novita``
        nvidia: ``nvidia``
        octoai: ``octoai``
        open_inference: ``open-inference``
        openai: ``openai``
        parasail: ``parasail``
        perceptron: ``perceptron``
        perplexity: ``perplexity``
        phala: ``phala``
        poolside: ``poolside``
        quiver: ``quiver``
        recraft: ``recraft``
        recursal: ``recursal``
        reflection: ``reflection``
        reka: ``reka``
        relace: ``relace``
        replicate: ``replicate``
        runway: ``runway``
        sail_research: ``sail-research``
        sakana: ``sakana``
        sakana_ai: ``sakana-ai``
        sambanova: ``sambanova``
        sambanova_cloaked: ``sambanova-cloaked``
        seed: ``seed``
        sf_compute: ``sf-compute``
        siliconflow: ``siliconflow``
        sourceful: ``sourceful``
        stealth: ``stealth``
        stepfun: ``stepfun``
        streamlake: ``streamlake``
        switchpoint: ``switchpoint``
        targon: ``targon``
        tencent: ``tencent``
        tenstorrent: ``tenstorrent``
        thinkingmachines: ``thinkingmachines``
        together: ``together``
        together_lite: ``together-lite``
        ubicloud: ``ubicloud``
        upstage: ``upstage``
        venice: ``venice``
        voyageai: ``voyageai``
        wafer: ``wafer``
        wandb: ``wandb``
        wandb_legacy: ``wandb-legacy``
        xai: ``xai``
        xiaomi: ``xiaomi``
        z_ai: ``z-ai``
    """

    field_01ai: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "01ai"}
    )
    ai21: dict[str, Any] | Unset = UNSET
    aion_labs: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "aion-labs"}
    )
    akashml: dict[str, Any] | Unset = UNSET
    alibaba: dict[str, Any] | Unset = UNSET
    amazon_bedrock: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "amazon-bedrock"}
    )
    amazon_bedrock_claude_on_aws: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "amazon-bedrock/claude-on-aws"}
    )
    amazon_nova: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "amazon-nova"}
    )
    ambient: dict[str, Any] | Unset = UNSET
    anthropic: dict[str, Any] | Unset = UNSET
    anthropic_2: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "anthropic/2"}
    )
    anyscale: dict[str, Any] | Unset = UNSET
    arcee_ai: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "arcee-ai"}
    )
    atlas_cloud: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "atlas-cloud"}
    )
    atoma: dict[str, Any] | Unset = UNSET
    avian: dict[str, Any] | Unset = UNSET
    azure: dict[str, Any] | Unset = UNSET
    baidu: dict[str, Any] | Unset = UNSET
    baseten: dict[str, Any] | Unset = UNSET
    black_forest_labs: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "black-forest-labs"}
    )
    byteplus: dict[str, Any] | Unset = UNSET
    centml: dict[str, Any] | Unset = UNSET
    cerebras: dict[str, Any] | Unset = UNSET
    chutes: dict[str, Any] | Unset = UNSET
    cirrascale: dict[str, Any] | Unset = UNSET
    clarifai: dict[str, Any] | Unset = UNSET
    claude_on_aws: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "claude-on-aws"}
    )
    cloudflare: dict[str, Any] | Unset = UNSET
    cohere: dict[str, Any] | Unset = UNSET
    coreweave: dict[str, Any] | Unset = UNSET
    crofai: dict[str, Any] | Unset = UNSET
    crucible: dict[str, Any] | Unset = UNSET
    crusoe: dict[str, Any] | Unset = UNSET
    darkbloom: dict[str, Any] | Unset = UNSET
    databricks: dict[str, Any] | Unset = UNSET
    decart: dict[str, Any] | Unset = UNSET
    deepgram: dict[str, Any] | Unset = UNSET
    deepinfra: dict[str, Any] | Unset = UNSET
    deepseek: dict[str, Any] | Unset = UNSET
    dekallm: dict[str, Any] | Unset = UNSET
    digitalocean: dict[str, Any] | Unset = UNSET
    enfer: dict[str, Any] | Unset = UNSET
    fake_provider: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "fake-provider"}
    )
    featherless: dict[str, Any] | Unset = UNSET
    fireworks: dict[str, Any] | Unset = UNSET
    fish_audio: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "fish-audio"}
    )
    friendli: dict[str, Any] | Unset = UNSET
    gmicloud: dict[str, Any] | Unset = UNSET
    google_ai_studio: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "google-ai-studio"}
    )
    google_vertex: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "google-vertex"}
    )
    gopomelo: dict[str, Any] | Unset = UNSET
    groq: dict[str, Any] | Unset = UNSET
    heygen: dict[str, Any] | Unset = UNSET
    huggingface: dict[str, Any] | Unset = UNSET
    hyperbolic: dict[str, Any] | Unset = UNSET
    hyperbolic_quantized: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "hyperbolic-quantized"}
    )
    inception: dict[str, Any] | Unset = UNSET
    inceptron: dict[str, Any] | Unset = UNSET
    inferact_vllm: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "inferact-vllm"}
    )
    inference_net: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "inference-net"}
    )
    infermatic: dict[str, Any] | Unset = UNSET
    inflection: dict[str, Any] | Unset = UNSET
    inocloud: dict[str, Any] | Unset = UNSET
    io_net: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "io-net"}
    )
    ionstream: dict[str, Any] | Unset = UNSET
    klusterai: dict[str, Any] | Unset = UNSET
    krea: dict[str, Any] | Unset = UNSET
    lambda_: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "lambda"}
    )
    lepton: dict[str, Any] | Unset = UNSET
    liquid: dict[str, Any] | Unset = UNSET
    lynn: dict[str, Any] | Unset = UNSET
    lynn_private: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "lynn-private"}
    )
    makora: dict[str, Any] | Unset = UNSET
    mancer: dict[str, Any] | Unset = UNSET
    mancer_old: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "mancer-old"}
    )
    mara: dict[str, Any] | Unset = UNSET
    meta: dict[str, Any] | Unset = UNSET
    minimax: dict[str, Any] | Unset = UNSET
    mistral: dict[str, Any] | Unset = UNSET
    modal: dict[str, Any] | Unset = UNSET
    modelrun: dict[str, Any] | Unset = UNSET
    modular: dict[str, Any] | Unset = UNSET
    moonshotai: dict[str, Any] | Unset = UNSET
    morph: dict[str, Any] | Unset = UNSET
    ncompass: dict[str, Any] | Unset = UNSET
    nebius: dict[str, Any] | Unset = UNSET
    nex_agi: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "nex-agi"}
    )
    nextbit: dict[str, Any] | Unset = UNSET
    nineteen: dict[str, Any] | Unset = UNSET
    novita: dict[str, Any] | Unset = UNSET
    nvidia: dict[str, Any] | Unset = UNSET
    octoai: dict[str, Any] | Unset = UNSET
    open_inference: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "open-inference"}
    )
    openai: dict[str, Any] | Unset = UNSET
    parasail: dict[str, Any] | Unset = UNSET
    perceptron: dict[str, Any] | Unset = UNSET
    perplexity: dict[str, Any] | Unset = UNSET
    phala: dict[str, Any] | Unset = UNSET
    poolside: dict[str, Any] | Unset = UNSET
    quiver: dict[str, Any] | Unset = UNSET
    recraft: dict[str, Any] | Unset = UNSET
    recursal: dict[str, Any] | Unset = UNSET
    reflection: dict[str, Any] | Unset = UNSET
    reka: dict[str, Any] | Unset = UNSET
    relace: dict[str, Any] | Unset = UNSET
    replicate: dict[str, Any] | Unset = UNSET
    runway: dict[str, Any] | Unset = UNSET
    sail_research: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "sail-research"}
    )
    sakana: dict[str, Any] | Unset = UNSET
    sakana_ai: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "sakana-ai"}
    )
    sambanova: dict[str, Any] | Unset = UNSET
    sambanova_cloaked: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "sambanova-cloaked"}
    )
    seed: dict[str, Any] | Unset = UNSET
    sf_compute: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "sf-compute"}
    )
    siliconflow: dict[str, Any] | Unset = UNSET
    sourceful: dict[str, Any] | Unset = UNSET
    stealth: dict[str, Any] | Unset = UNSET
    stepfun: dict[str, Any] | Unset = UNSET
    streamlake: dict[str, Any] | Unset = UNSET
    switchpoint: dict[str, Any] | Unset = UNSET
    targon: dict[str, Any] | Unset = UNSET
    tencent: dict[str, Any] | Unset = UNSET
    tenstorrent: dict[str, Any] | Unset = UNSET
    thinkingmachines: dict[str, Any] | Unset = UNSET
    together: dict[str, Any] | Unset = UNSET
    together_lite: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "together-lite"}
    )
    ubicloud: dict[str, Any] | Unset = UNSET
    upstage: dict[str, Any] | Unset = UNSET
    venice: dict[str, Any] | Unset = UNSET
    voyageai: dict[str, Any] | Unset = UNSET
    wafer: dict[str, Any] | Unset = UNSET
    wandb: dict[str, Any] | Unset = UNSET
    wandb_legacy: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "wandb-legacy"}
    )
    xai: dict[str, Any] | Unset = UNSET
    xiaomi: dict[str, Any] | Unset = UNSET
    z_ai: dict[str, Any] | Unset = attrs.field(default=UNSET, metadata={"wire": "z-ai"})
