"""ProviderOptions: Options for particular providers, by provider slug. Only the chosen provider's options are passed on; the others, and any key not recognised, are dropped without notice."""

from __future__ import annotations

from typing import Any

import attrs

from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ProviderOptions:
    """Options for particular providers, by provider slug. Only the chosen provider's options are passed on; the others, and any key not recognised, are dropped without notice.

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
    ai21: dict[str, Any] | Unset = attrs.field(default=UNSET)
    aion_labs: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "aion-labs"}
    )
    akashml: dict[str, Any] | Unset = attrs.field(default=UNSET)
    alibaba: dict[str, Any] | Unset = attrs.field(default=UNSET)
    amazon_bedrock: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "amazon-bedrock"}
    )
    amazon_bedrock_claude_on_aws: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "amazon-bedrock/claude-on-aws"}
    )
    amazon_nova: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "amazon-nova"}
    )
    ambient: dict[str, Any] | Unset = attrs.field(default=UNSET)
    anthropic: dict[str, Any] | Unset = attrs.field(default=UNSET)
    anthropic_2: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "anthropic/2"}
    )
    anyscale: dict[str, Any] | Unset = attrs.field(default=UNSET)
    arcee_ai: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "arcee-ai"}
    )
    atlas_cloud: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "atlas-cloud"}
    )
    atoma: dict[str, Any] | Unset = attrs.field(default=UNSET)
    avian: dict[str, Any] | Unset = attrs.field(default=UNSET)
    azure: dict[str, Any] | Unset = attrs.field(default=UNSET)
    baidu: dict[str, Any] | Unset = attrs.field(default=UNSET)
    baseten: dict[str, Any] | Unset = attrs.field(default=UNSET)
    black_forest_labs: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "black-forest-labs"}
    )
    byteplus: dict[str, Any] | Unset = attrs.field(default=UNSET)
    centml: dict[str, Any] | Unset = attrs.field(default=UNSET)
    cerebras: dict[str, Any] | Unset = attrs.field(default=UNSET)
    chutes: dict[str, Any] | Unset = attrs.field(default=UNSET)
    cirrascale: dict[str, Any] | Unset = attrs.field(default=UNSET)
    clarifai: dict[str, Any] | Unset = attrs.field(default=UNSET)
    claude_on_aws: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "claude-on-aws"}
    )
    cloudflare: dict[str, Any] | Unset = attrs.field(default=UNSET)
    cohere: dict[str, Any] | Unset = attrs.field(default=UNSET)
    coreweave: dict[str, Any] | Unset = attrs.field(default=UNSET)
    crofai: dict[str, Any] | Unset = attrs.field(default=UNSET)
    crucible: dict[str, Any] | Unset = attrs.field(default=UNSET)
    crusoe: dict[str, Any] | Unset = attrs.field(default=UNSET)
    darkbloom: dict[str, Any] | Unset = attrs.field(default=UNSET)
    databricks: dict[str, Any] | Unset = attrs.field(default=UNSET)
    decart: dict[str, Any] | Unset = attrs.field(default=UNSET)
    deepgram: dict[str, Any] | Unset = attrs.field(default=UNSET)
    deepinfra: dict[str, Any] | Unset = attrs.field(default=UNSET)
    deepseek: dict[str, Any] | Unset = attrs.field(default=UNSET)
    dekallm: dict[str, Any] | Unset = attrs.field(default=UNSET)
    digitalocean: dict[str, Any] | Unset = attrs.field(default=UNSET)
    enfer: dict[str, Any] | Unset = attrs.field(default=UNSET)
    fake_provider: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "fake-provider"}
    )
    featherless: dict[str, Any] | Unset = attrs.field(default=UNSET)
    fireworks: dict[str, Any] | Unset = attrs.field(default=UNSET)
    fish_audio: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "fish-audio"}
    )
    friendli: dict[str, Any] | Unset = attrs.field(default=UNSET)
    gmicloud: dict[str, Any] | Unset = attrs.field(default=UNSET)
    google_ai_studio: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "google-ai-studio"}
    )
    google_vertex: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "google-vertex"}
    )
    gopomelo: dict[str, Any] | Unset = attrs.field(default=UNSET)
    groq: dict[str, Any] | Unset = attrs.field(default=UNSET)
    heygen: dict[str, Any] | Unset = attrs.field(default=UNSET)
    huggingface: dict[str, Any] | Unset = attrs.field(default=UNSET)
    hyperbolic: dict[str, Any] | Unset = attrs.field(default=UNSET)
    hyperbolic_quantized: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "hyperbolic-quantized"}
    )
    inception: dict[str, Any] | Unset = attrs.field(default=UNSET)
    inceptron: dict[str, Any] | Unset = attrs.field(default=UNSET)
    inferact_vllm: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "inferact-vllm"}
    )
    inference_net: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "inference-net"}
    )
    infermatic: dict[str, Any] | Unset = attrs.field(default=UNSET)
    inflection: dict[str, Any] | Unset = attrs.field(default=UNSET)
    inocloud: dict[str, Any] | Unset = attrs.field(default=UNSET)
    io_net: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "io-net"}
    )
    ionstream: dict[str, Any] | Unset = attrs.field(default=UNSET)
    klusterai: dict[str, Any] | Unset = attrs.field(default=UNSET)
    krea: dict[str, Any] | Unset = attrs.field(default=UNSET)
    lambda_: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "lambda"}
    )
    lepton: dict[str, Any] | Unset = attrs.field(default=UNSET)
    liquid: dict[str, Any] | Unset = attrs.field(default=UNSET)
    lynn: dict[str, Any] | Unset = attrs.field(default=UNSET)
    lynn_private: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "lynn-private"}
    )
    makora: dict[str, Any] | Unset = attrs.field(default=UNSET)
    mancer: dict[str, Any] | Unset = attrs.field(default=UNSET)
    mancer_old: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "mancer-old"}
    )
    mara: dict[str, Any] | Unset = attrs.field(default=UNSET)
    meta: dict[str, Any] | Unset = attrs.field(default=UNSET)
    minimax: dict[str, Any] | Unset = attrs.field(default=UNSET)
    mistral: dict[str, Any] | Unset = attrs.field(default=UNSET)
    modal: dict[str, Any] | Unset = attrs.field(default=UNSET)
    modelrun: dict[str, Any] | Unset = attrs.field(default=UNSET)
    modular: dict[str, Any] | Unset = attrs.field(default=UNSET)
    moonshotai: dict[str, Any] | Unset = attrs.field(default=UNSET)
    morph: dict[str, Any] | Unset = attrs.field(default=UNSET)
    ncompass: dict[str, Any] | Unset = attrs.field(default=UNSET)
    nebius: dict[str, Any] | Unset = attrs.field(default=UNSET)
    nex_agi: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "nex-agi"}
    )
    nextbit: dict[str, Any] | Unset = attrs.field(default=UNSET)
    nineteen: dict[str, Any] | Unset = attrs.field(default=UNSET)
    novita: dict[str, Any] | Unset = attrs.field(default=UNSET)
    nvidia: dict[str, Any] | Unset = attrs.field(default=UNSET)
    octoai: dict[str, Any] | Unset = attrs.field(default=UNSET)
    open_inference: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "open-inference"}
    )
    openai: dict[str, Any] | Unset = attrs.field(default=UNSET)
    parasail: dict[str, Any] | Unset = attrs.field(default=UNSET)
    perceptron: dict[str, Any] | Unset = attrs.field(default=UNSET)
    perplexity: dict[str, Any] | Unset = attrs.field(default=UNSET)
    phala: dict[str, Any] | Unset = attrs.field(default=UNSET)
    poolside: dict[str, Any] | Unset = attrs.field(default=UNSET)
    quiver: dict[str, Any] | Unset = attrs.field(default=UNSET)
    recraft: dict[str, Any] | Unset = attrs.field(default=UNSET)
    recursal: dict[str, Any] | Unset = attrs.field(default=UNSET)
    reflection: dict[str, Any] | Unset = attrs.field(default=UNSET)
    reka: dict[str, Any] | Unset = attrs.field(default=UNSET)
    relace: dict[str, Any] | Unset = attrs.field(default=UNSET)
    replicate: dict[str, Any] | Unset = attrs.field(default=UNSET)
    runway: dict[str, Any] | Unset = attrs.field(default=UNSET)
    sail_research: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "sail-research"}
    )
    sakana: dict[str, Any] | Unset = attrs.field(default=UNSET)
    sakana_ai: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "sakana-ai"}
    )
    sambanova: dict[str, Any] | Unset = attrs.field(default=UNSET)
    sambanova_cloaked: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "sambanova-cloaked"}
    )
    seed: dict[str, Any] | Unset = attrs.field(default=UNSET)
    sf_compute: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "sf-compute"}
    )
    siliconflow: dict[str, Any] | Unset = attrs.field(default=UNSET)
    sourceful: dict[str, Any] | Unset = attrs.field(default=UNSET)
    stealth: dict[str, Any] | Unset = attrs.field(default=UNSET)
    stepfun: dict[str, Any] | Unset = attrs.field(default=UNSET)
    streamlake: dict[str, Any] | Unset = attrs.field(default=UNSET)
    switchpoint: dict[str, Any] | Unset = attrs.field(default=UNSET)
    targon: dict[str, Any] | Unset = attrs.field(default=UNSET)
    tencent: dict[str, Any] | Unset = attrs.field(default=UNSET)
    tenstorrent: dict[str, Any] | Unset = attrs.field(default=UNSET)
    thinkingmachines: dict[str, Any] | Unset = attrs.field(default=UNSET)
    together: dict[str, Any] | Unset = attrs.field(default=UNSET)
    together_lite: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "together-lite"}
    )
    ubicloud: dict[str, Any] | Unset = attrs.field(default=UNSET)
    upstage: dict[str, Any] | Unset = attrs.field(default=UNSET)
    venice: dict[str, Any] | Unset = attrs.field(default=UNSET)
    voyageai: dict[str, Any] | Unset = attrs.field(default=UNSET)
    wafer: dict[str, Any] | Unset = attrs.field(default=UNSET)
    wandb: dict[str, Any] | Unset = attrs.field(default=UNSET)
    wandb_legacy: dict[str, Any] | Unset = attrs.field(
        default=UNSET, metadata={"wire": "wandb-legacy"}
    )
    xai: dict[str, Any] | Unset = attrs.field(default=UNSET)
    xiaomi: dict[str, Any] | Unset = attrs.field(default=UNSET)
    z_ai: dict[str, Any] | Unset = attrs.field(default=UNSET, metadata={"wire": "z-ai"})
