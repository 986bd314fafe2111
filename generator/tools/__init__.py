"""The tools wing: commands built on the pipeline's faces (``diff``/``changelog``,
``conform``/``mock``); no stage imports them."""
