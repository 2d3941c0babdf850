"""Scale-out on Ray Serve (the `[cluster]` extra): the HTTP app and the engine as deployments of their own.

`remote.py` is the engine seen from the ingress (an ImageEngine over a DeploymentHandle), `replica.py` the engine
deployment that renders, `app.py` the application builder (`serve run`, `openbanana serve --ray`), `local.py` how
the CLI starts or joins a Ray cluster. Nothing else in the package tree imports this one: the single-process
server never needs Ray.
"""
